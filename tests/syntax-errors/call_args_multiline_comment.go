package main

func main() {
	println(1, 2 /* first line
	second line */
	)
}
