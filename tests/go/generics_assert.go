package main

type Box[T any] struct{ v T }

type Pair[A, B any] struct {
	a A
	b B
}

type Stringer interface{ String() string }

type S string

func (s S) String() string { return "S:" + string(s) }

func Is[T any](x any) bool {
	switch x.(type) {
	case T:
		return true
	}
	return false
}

func Conv[T any](x any) T {
	return x.(T)
}

func main() {
	println(Is[int](3), Is[string](3), Is[Stringer](S("a")), Is[Stringer](3), Is[any](nil))
	println(Conv[Stringer](S("x")).String())
	var a any = Box[Pair[int, string]]{}
	defer func() {
		println(recover().(error).Error())
		defer func() { println(recover().(error).Error()) }()
		Conv[Stringer](Box[[]S]{})
	}()
	_ = a.(Box[Pair[string, int]])
}
