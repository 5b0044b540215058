package broken

import fmt "fmt" extra

func f( {
	x := [1, 2, 3]
	if x = 1 {
	}
	for i := 0; i < 10; i++ a
	var y int = 
	switch x { case 1: case }
	go f
	defer
	select { case x: }
	z := map[string]int{"a": 1 "b": 2}
	type T[ struct{}
	func inner() {}
	a, b := 
	c ++ d
	'unterminated
	"unterminated
	0x 1e 0b12 09 1_ _1 0x_ 1__2
	'\z' '\400' '\uD800' '' 'ab'
	`raw
}

func g() int { return 1, }
func (a, b T) two() {}
func h[]() {}
func k[T](x T) {}
var v = [...]int
const c
type = int
else {}
}
