// Panicking with custom error values and recovering them with their types.
package main

type CodeErr struct {
	Code int
	Msg  string
}

func (e *CodeErr) Error() string { return e.Msg }

type Plain int

func run(kind int) (res string) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			res = "no panic"
		case *CodeErr:
			res = "CodeErr " + r.Msg
		case error:
			res = "error " + r.Error()
		case Plain:
			res = "Plain"
		case string:
			res = "string " + r
		default:
			res = "unknown"
		}
	}()
	switch kind {
	case 1:
		panic(&CodeErr{7, "seven"})
	case 2:
		panic(Plain(3))
	case 3:
		panic("text")
	case 4:
		panic(3.5)
	case 5:
		var s []int
		_ = s[kind]
	}
	return "normal"
}

func main() {
	for k := 0; k <= 5; k++ {
		println(k, run(k))
	}
}
