// Every for form: three-clause, condition only, infinite with break, range forms.
package main

func main() {
	for i := 0; i < 3; i++ {
		print(i, " ")
	}
	println()
	n := 5
	for n > 0 {
		n -= 2
	}
	println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		print(i, ",", j, " ")
	}
	println()
	arr := [4]string{"a", "b", "c", "d"}
	for i := range arr {
		print(i)
	}
	for _, s := range arr {
		print(s)
	}
	for i, s := range arr[1:3] {
		print(i, s)
	}
	println()
	var count int
	for range 3 {
		count++
	}
	println(count)
	for i := range 4 {
		print(i)
	}
	println()
	var i8 int8
	for i8 = range int8(3) {
	}
	println(i8)
	for i := 0; ; i++ {
		if i > 2 {
			println("done", i)
			break
		}
	}
}
