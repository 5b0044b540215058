// Arbitrary-precision factorial with digit slices.
package main

func mul(digits []int, k int) []int {
	carry := 0
	for i := range digits {
		v := digits[i]*k + carry
		digits[i] = v % 10
		carry = v / 10
	}
	for carry > 0 {
		digits = append(digits, carry%10)
		carry /= 10
	}
	return digits
}

func str(digits []int) string {
	b := make([]byte, len(digits))
	for i, d := range digits {
		b[len(digits)-1-i] = byte('0' + d)
	}
	return string(b)
}

func main() {
	d := []int{1}
	for i := 2; i <= 50; i++ {
		d = mul(d, i)
		if i%10 == 0 {
			println(i, str(d))
		}
	}
	sum := 0
	for _, x := range d {
		sum += x
	}
	println(len(d), sum)
}
