// Interfaces holding values copy them; mutation of the original is not seen.
package main

type Box struct{ v [4]int }

func (b Box) First() int { return b.v[0] }

type Firster interface{ First() int }

func main() {
	b := Box{[4]int{1, 2, 3, 4}}
	var f Firster = b
	b.v[0] = 100
	println(f.First(), b.First())
	var a any = b
	b.v[0] = 200
	println(a.(Box).v[0])
	s := []any{1, "two", 3.0, true, nil, 'x', uint8(7)}
	for i, v := range s {
		switch x := v.(type) {
		case int:
			println(i, "int", x)
		case string:
			println(i, "string", x)
		case float64:
			println(i, "float", x)
		case bool:
			println(i, "bool", x)
		case rune:
			println(i, "rune", x)
		case uint8:
			println(i, "byte", x)
		default:
			println(i, "nil?", x == nil)
		}
	}
}
