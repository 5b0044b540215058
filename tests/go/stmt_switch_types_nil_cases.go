// Type switch with the bound variable's type in single- and multi-type cases.
package main

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.name + " meow" }

func classify(a Animal) string {
	switch v := a.(type) {
	case nil:
		return "no animal"
	case Dog:
		return "dog says " + v.Sound()
	case *Cat:
		if v == nil {
			return "nil cat"
		}
		return "cat " + v.name
	default:
		return "unknown"
	}
}

func multi(x any) string {
	switch v := x.(type) {
	case int, int64:
		_, isInt := v.(int)
		if isInt {
			return "int"
		}
		return "int64"
	case string, []byte:
		return "text"
	}
	return "other"
}

func main() {
	var nilCat *Cat
	println(classify(nil), classify(Dog{}), classify(&Cat{"tom"}), classify(nilCat))
	println(multi(1), multi(int64(1)), multi("s"), multi([]byte{}), multi(1.0))
}
