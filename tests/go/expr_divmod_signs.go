// Division truncates toward zero; the remainder has the dividend's sign.
package main

func main() {
	xs := []int{7, -7, 0, 1, -1, 13, -13}
	ys := []int{2, -2, 3, -3, 7, -7, 1, -1}
	for _, x := range xs {
		for _, y := range ys {
			print(x/y, " ", x%y, "; ")
		}
		println()
	}
	var u uint32 = 0xfffffff9
	println(u/2, u%2, u/7, u%7)
	var i8 int8 = -7
	println(i8/2, i8%2, i8>>1, int8(-1)>>1)
	var u8 uint8 = 249
	println(u8/2, u8%3)
}
