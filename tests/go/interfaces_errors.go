package main

// The error interface, nil interfaces vs typed nils, interface
// comparison, and a failed assertion to an interface type.

type MyErr struct {
	code int
	msg  string
}

func (e *MyErr) Error() string { return e.msg }

type codeErr int

func (c codeErr) Error() string {
	if c == 0 {
		return "zero"
	}
	return "code"
}

func find(n int) error {
	if n < 0 {
		return &MyErr{code: n, msg: "negative"}
	}
	if n == 0 {
		return codeErr(0)
	}
	return nil
}

func typedNil() error {
	var p *MyErr
	return p
}

type Closer interface{ Close() error }

func main() {
	for _, n := range []int{-1, 0, 1} {
		err := find(n)
		if err != nil {
			println(n, "error:", err.Error())
		} else {
			println(n, "ok")
		}
	}
	err := typedNil()
	println("typed nil is nil?", err == nil)
	if e, ok := err.(*MyErr); ok {
		println("it is a *MyErr, nil pointer:", e == nil)
	}
	e1 := error(codeErr(3))
	e2 := error(codeErr(3))
	e3 := error(codeErr(4))
	println(e1 == e2, e1 == e3, e1 != e3)
	var x any = 3
	var y any = 3.0
	var z any = "3"
	println(x == y, x == z, x == 3, y == 3.0, z == "3")
	var arr any = [2]int{1, 2}
	println(arr == [2]int{1, 2}, arr == [2]int{2, 1})
	type pt struct{ x, y int }
	var p1 any = pt{1, 2}
	println(p1 == pt{1, 2}, p1 == any(pt{1, 3}))
	var c any = err
	_ = c.(Closer)
}
