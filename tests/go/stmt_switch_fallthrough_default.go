// fallthrough into default and out of default placed in the middle.
package main

func f(n int) {
	switch n {
	case 1:
		print("one ")
		fallthrough
	default:
		print("default ")
		fallthrough
	case 2:
		print("two ")
	case 3:
		print("three ")
	}
	println()
}

func main() {
	for i := 0; i < 4; i++ {
		print(i, ": ")
		f(i)
	}
	switch x := 5; {
	case x > 3:
		println("gt3")
		fallthrough
	case x > 10:
		println("gt10 (fell)")
	case x > 0:
		println("not reached")
	}
}
