// Rune and string constants with escapes.
package main

const (
	nl   = '\n'
	tab  = '\t'
	hexr = '\x7f'
	oct  = '\101'
	uni  = '\u00e9'
	big  = '\U0001F600'
	q    = '\''
)

const raw = `a\nb
c`
const esc = "\a\b\f\r\v\\\"\x41\u00e9\U0001F600\377"

func main() {
	println(nl, tab, hexr, oct, uni, big, q)
	println(raw, len(raw))
	println(len(esc))
	for i := 0; i < len(esc); i++ {
		print(esc[i], " ")
	}
	println()
	println(string(rune(uni)), string(rune(big)))
}
