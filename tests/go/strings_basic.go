// Strings: concatenation, comparison, length, indexing, package-level
// strings initialized in dependency order, init functions in order.
package main

var full = first + " " + last
var first = "Ada"
var last = "Lovelace"
var counter int
var quotient, remainder = divmod(47, 5)
var _, onlyRem = divmod(9, 4)

func divmod(a, b int) (int, int) { return a / b, a % b }

func init() {
	counter++
	println("init 1", counter)
}

func init() {
	counter += 10
	println("init 2", counter)
}

func describe(s string) string {
	if s == "" {
		return "empty"
	}
	if s < "m" {
		return "early"
	}
	return "late"
}

func main() {
	println(full, len(full), full[0], full[len(full)-1])
	s := ""
	for i := 0; i < 5; i++ {
		s = s + "ab"
	}
	println(s, len(s))
	println(describe(""), describe("apple"), describe("zebra"))
	println("abc" < "abd", "abc" == "ab"+"c", "b" > "abc", "x" != "x", "a" <= "a", "a" >= "b")
	var empty string
	println(empty == "", len(empty))
	println(quotient, remainder, onlyRem)
	runes := []rune("héllo, 世界\xff")
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	println(len(runes), string(runes), string(runes[1:3]), string([]rune{-1, 0x10FFFF + 1, 'x'}))
}
