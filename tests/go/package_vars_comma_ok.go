package main

var src any = 7
var m = map[string]int{"a": 1}
var ch = func() chan int { c := make(chan int, 1); c <- 9; return c }()

var n, isInt = src.(int)
var _, isStr = src.(string)
var a, found = m["a"]
var v, ok = <-ch

func two() (int, string) { return 3, "x" }

var p, q = two()

func main() {
	println(n, isInt, isStr, a, found, v, ok, p, q)
}
