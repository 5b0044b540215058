// Type switches: concrete types, interfaces, nil, multiple types per case, default.
package main

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

type Num int

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case int8, int16:
		_ = x
		return "small int"
	case string:
		return "string " + x
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return "slice"
	case *int:
		return "ptr"
	case error:
		return "error " + x.Error()
	case func() int:
		return "func"
	default:
		return "other"
	}
}

type E struct{}

func (E) Error() string { return "E!" }

func main() {
	i := 5
	vals := []any{nil, 1, int8(2), int16(3), "s", Name("n"), []int{1}, &i, E{}, func() int { return 1 }, Num(4), 2.5, uint(1)}
	for _, v := range vals {
		println(describe(v))
	}
	var s Stringer
	switch s.(type) {
	case nil:
		println("nil stringer")
	}
	var v any = Num(3)
	switch v := v.(type) {
	case Num:
		println(int(v) + 1)
	}
}
