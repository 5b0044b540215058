package stmts

import (
	"iter"
	"os"
)

func seq(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func seq2(m map[string]int) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func control(ch chan int, done <-chan struct{}, out chan<- string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	for range 10 {
	}
	for i := range seq(3) {
		_ = i
	}
	for k, v := range seq2(nil) {
		_, _ = k, v
	}
	for range seq(2) {
		break
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		continue
	}
	for x < 10 {
		x++
	}
	for {
		break
	}
	var i int
	for i = range []int{1, 2} {
	}
	_ = i
outer:
	for i := 0; ; i++ {
	inner:
		for j := range 5 {
			switch {
			case j == 2:
				continue outer
			case j > 3:
				break inner
			default:
				goto end
			}
		}
	}
end:
	select {
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case <-done:
		return nil
	case out <- "x":
	case ch <- 1:
	default:
	}
	select {}
	switch x := f(); x {
	case 1, 2, 3:
		fallthrough
	case 4:
	default:
		;
	}
	switch v := any(ch).(type) {
	case nil:
	case int, *int:
		_ = v
	case chan int, func() error, []map[string]any:
	case interface{ M() }:
	}
	switch any(1).(type) {
	}
	if err := os.Remove("x"); err != nil {
		return err
	} else if v, ok := m["k"]; !ok {
		_ = v
	} else {
	}
	go func(a, b int) {}(1, 2)
	go ch2.send()
	defer os.Exit(0)
	{
		{
			x := 1
			x, y := 2, 3
			x += y
			x <<= 2
			x &^= 1
			x %= 3
			x--
			_ = x
		}
	}
	var f func(int) func() int
	f = func(n int) func() int {
		return func() int { return n }
	}
	_ = f(1)()
	goto L
L:
	;
	empty:
	return
}
