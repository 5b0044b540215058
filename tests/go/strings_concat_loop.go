// Building strings by concatenation in loops, and multi-operand concatenation.
package main

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	println(s, len(s))
	t := ""
	for i := 0; i < 200; i++ {
		t = t + "x"
	}
	println(len(t), t[:5])
	a, b, c := "one", "two", "three"
	println(a + " " + b + " " + c)
	u := a + b + c + a + b + c
	println(u, len(u))
	empty := ""
	println(empty+empty == "", a+empty == a)
	parts := []string{"x", "yy", "zzz"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ","
		}
		joined += p
	}
	println(joined)
}
