package main

func main() {
	s := "x"
	s++
	b := true
	b--
	const k = 1
	k++
}
