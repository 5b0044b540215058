// Recovering errors (custom and runtime) into a named error result and
// re-panicking anything else, which then crashes with [recovered, repanicked].
package main

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

//go:noinline
func risky(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	switch n {
	case 0:
		return nil
	case 1:
		panic(&E{"custom"})
	case 2:
		var a []int
		_ = a[n]
	case 3:
		panic("not an error")
	}
	return &E{"returned"}
}

func main() {
	for i := 0; i < 5; i++ {
		if i == 3 {
			continue
		}
		err := risky(i)
		if err == nil {
			println(i, "nil")
		} else {
			println(i, err.Error())
		}
	}
	println(risky(3))
}
