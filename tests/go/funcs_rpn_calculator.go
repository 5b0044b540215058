// Function values with two results in struct fields, and an RPN
// calculator over a float64 slice used as a stack.
package main

type Op struct {
	name string
	fn   func(float64, float64) (float64, bool)
}

func div(a, b float64) (float64, bool) {
	if b == 0 {
		return 0, false
	}
	return a / b, true
}

func main() {
	ops := []Op{
		{"add", func(a, b float64) (float64, bool) { return a + b, true }},
		{"div", div},
	}
	for _, o := range ops {
		for _, b := range []float64{2, 0} {
			r, ok := o.fn(7, b)
			println(o.name, b, r, ok)
		}
	}
	var stack []float64
	for _, tok := range []string{"3", "4", "+", "2", "*", "7", "/"} {
		switch tok {
		case "+", "*", "/":
			b, a := stack[len(stack)-1], stack[len(stack)-2]
			stack = stack[:len(stack)-2]
			var r float64
			switch tok {
			case "+":
				r = a + b
			case "*":
				r = a * b
			case "/":
				r, _ = div(a, b)
			}
			stack = append(stack, r)
		default:
			stack = append(stack, float64(tok[0]-'0'))
		}
	}
	println(stack[0], len(stack))
}
