// Switch case expressions are evaluated top to bottom, left to right, until one matches.
package main

func v(n int) int { print("v", n, " "); return n }

func main() {
	switch v(3) {
	case v(1), v(2):
		println("no")
	case v(3), v(4):
		println("three")
	case v(5):
		println("no")
	}
	switch {
	case v(0) > 1:
	case v(2) > 1:
		println("second")
	}
	x := 0
	switch x++; x {
	case 1:
		println("x is 1")
	}
}
