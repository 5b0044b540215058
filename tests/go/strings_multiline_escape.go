// Printing strings containing control characters and raw string literals.
package main

func main() {
	println("tab\there")
	println("quote\"back\\slash")
	println(`raw\tstring "quoted"`)
	print("no newline")
	print(" then newline\n")
	println("nul:\x00:end")
	s := `line1
line2`
	println(s)
	println("crlf\r\n")
	println("", "", "")
	print("", "a", "", "b", "\n")
}
