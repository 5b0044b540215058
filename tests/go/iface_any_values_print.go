// Extracting values of many kinds from any with comma-ok assertions.
package main

type Point struct{ X, Y int }

func main() {
	vals := []any{int8(-1), uint64(1 << 63), float32(0.5), complex64(1i), "str", Point{1, 2}, &Point{3, 4}, []string{"a"}, [2]bool{true}, nil}
	for i, v := range vals {
		if x, ok := v.(int8); ok {
			println(i, "int8", x)
		} else if x, ok := v.(uint64); ok {
			println(i, "uint64", x)
		} else if x, ok := v.(float32); ok {
			println(i, "float32", x)
		} else if x, ok := v.(complex64); ok {
			println(i, "complex64", x)
		} else if x, ok := v.(string); ok {
			println(i, "string", x)
		} else if x, ok := v.(Point); ok {
			println(i, "Point", x.X, x.Y)
		} else if x, ok := v.(*Point); ok {
			println(i, "*Point", x.X, x.Y)
		} else if x, ok := v.([]string); ok {
			println(i, "[]string", len(x), x[0])
		} else if x, ok := v.([2]bool); ok {
			println(i, "[2]bool", x[0], x[1])
		} else {
			println(i, "nil", v == nil)
		}
	}
}
