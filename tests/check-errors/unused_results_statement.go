package main

func main() {
	x := 1
	x + 1
	x == 2
	"literal"
	len("abc")
}
