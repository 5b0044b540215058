package main

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		if v > 10 {
			return "big int"
		}
		return "int"
	case string:
		return "string " + v
	case []T:
		return "slice of T"
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func As[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func MustAs[T any](x any) T { return x.(T) }

type Celsius float64

func IsZero[T comparable](x T) bool {
	var zero T
	return x == zero
}

func main() {
	println(Describe(3), Describe(30), Describe("hi"), Describe(2.5))
	println(Describe[[]int](nil), Describe[any](nil))
	n, ok := As[int](5)
	println(n, ok)
	s, ok := As[string](5)
	println(s == "", ok)
	c, ok := As[Celsius](Celsius(1.5))
	println(c, ok)
	println(MustAs[string]("yes"))
	println(IsZero(0), IsZero("x"), IsZero(Celsius(0)), IsZero[any](nil))
	defer func() {
		r := recover()
		err, ok := r.(error)
		println("recovered:", ok, err.Error())
	}()
	println(MustAs[int]("no"))
}
