// A failed assertion inside a type switch's default branch.
package main

type Num int

func describe(v any) string {
	switch x := v.(type) {
	case int:
		return "int"
	case string:
		return "string " + x
	default:
		return "num " + string(rune('0'+int(v.(Num))))
	}
}

func main() {
	println(describe(1), describe("s"), describe(Num(7)))
	println(describe(2.5))
}
