// break inside switch leaves only the switch; labeled break leaves the loop.
package main

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			print("i=", i, " ")
		}
		print("after ")
	}
	println()
L:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			break L
		}
		print(i, " ")
	}
	println("out")
}
