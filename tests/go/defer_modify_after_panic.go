// Deferred functions set named results after a recovered panic; unnamed ones stay zero.
package main

type Result struct {
	Code int
	Msg  string
}

func process(n int) (res Result, err string) {
	defer func() {
		if r := recover(); r != nil {
			res.Code = -1
			err = r.(string)
		}
	}()
	res = Result{n, "partial"}
	if n > 2 {
		panic("too big")
	}
	res.Msg = "ok"
	return res, ""
}

func unnamed(n int) (Result, string) {
	defer func() { recover() }()
	if n > 0 {
		panic("x")
	}
	return Result{1, "one"}, "fine"
}

func main() {
	for _, n := range []int{1, 3} {
		r, e := process(n)
		println(r.Code, r.Msg, e)
	}
	r, e := unnamed(0)
	println(r.Code, r.Msg, e)
	r, e = unnamed(1)
	println(r.Code, r.Msg == "", e == "")
}
