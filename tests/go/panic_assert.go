package main

type T struct{ a int }

type I interface{ M() }

func main() {
	var i any = T{1}
	println(i.(T).a)
	var j I
	_ = i.(I)
	_ = j
}
