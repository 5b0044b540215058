// && and || evaluate their right side only when needed.
package main

var calls int

func t(s string) bool { calls++; print(s, " "); return true }
func f(s string) bool { calls++; print(s, " "); return false }

func main() {
	println(f("a") && t("b"))
	println(t("a") || f("b"))
	println(t("a") && f("b") || t("c"))
	println(f("a") || f("b") && t("c"))
	println(!f("a") && !(t("b") && f("c")))
	b := t("x") && (f("y") || t("z"))
	println(b, calls)
	var p *int
	if p != nil && *p > 0 {
		println("no")
	} else {
		println("nil guarded")
	}
}
