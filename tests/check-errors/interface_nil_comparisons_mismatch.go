package main

type S struct{ a int }

func main() {
	var s S
	_ = s == nil
	var arr [2]int
	_ = arr != nil
}
