// Errors as values: (value, error) results, comparing error interfaces
// holding equal struct values, assertions and type switches on them.
package main

type Err struct{ code int }

func (e Err) Error() string { return "err" + string(rune('0'+e.code)) }

func find(xs []int, v int) (idx int, err error) {
	for i, x := range xs {
		if x == v {
			return i, nil
		}
	}
	return -1, Err{4}
}

func main() {
	xs := []int{5, 6, 7}
	if i, err := find(xs, 6); err == nil {
		println("found", i)
	}
	if _, err := find(xs, 9); err != nil {
		println(err.Error())
		var e Err
		e, ok := err.(Err)
		println(ok, e.code)
		switch err.(type) {
		case Err:
			println("is Err")
		}
	}
	var errs []error
	for _, v := range []int{5, 1, 7, 2} {
		if _, err := find(xs, v); err != nil {
			errs = append(errs, err)
		}
	}
	println(len(errs), errs[0] == errs[1], errs[0] == error(Err{4}), errs[0] == error(Err{3}))
}
