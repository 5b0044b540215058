// Package flow: statements, closures, labels, select, range over every
// kind of value, builtins and unsafe. Type-correct: the checker must
// accept it.
package flow

import "unsafe"

type Event struct {
	kind int
	data []byte
}

type Handler func(Event) error

type errorString string

func (e errorString) Error() string { return string(e) }

var ErrStop error = errorString("stop")

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func fib() func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func pairs(m map[string]int) func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		for k, v := range m {
			if !yield(k, v) {
				break
			}
		}
	}
}

func ranges(s []int, a [3]string, pa *[3]string, m map[string]int, ch chan Event, str string) (total int) {
	for i := range 10 {
		total += i
	}
	for range 3 {
		total--
	}
	var n uint8 = 4
	for i := range n {
		total += int(i)
	}
	const k = 5
	for i := range k {
		total += i
	}
	for i, v := range s {
		total += i * v
	}
	for i := range a {
		_ = a[i]
	}
	for _, v := range pa {
		_ = v
	}
	for k, v := range m {
		_ = k
		total += v
	}
	for ev := range ch {
		total += ev.kind
	}
	for i, r := range str {
		_, _ = i, r
	}
	for v := range fib() {
		if v > 100 {
			break
		}
	}
	for k, v := range pairs(m) {
		_, _ = k, v
	}
	for range pairs(nil) {
	}
	var key string
	var val int
	for key, val = range m {
	}
	_, _ = key, val
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	for total < 0 {
		total++
	}
	return
}

func labels(grid [][]int, target int) (row, col int, found bool) {
outer:
	for r, line := range grid {
		for c, v := range line {
			switch {
			case v < 0:
				continue outer
			case v == target:
				row, col, found = r, c, true
				break outer
			}
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
sw:
	switch i {
	case 3:
		for {
			break sw
		}
	case 4:
		fallthrough
	default:
		break
	}
sel:
	select {
	default:
		break sel
	}
	{
	block:
		for {
			break block
		}
	}
	return
}

func selects(in <-chan Event, out chan<- Event, quit chan struct{}, h Handler) error {
	var pending []Event
	for {
		var send chan<- Event
		var next Event
		if len(pending) > 0 {
			send = out
			next = pending[0]
		}
		select {
		case ev, ok := <-in:
			if !ok {
				return nil
			}
			if err := h(ev); err != nil {
				return err
			}
			pending = append(pending, ev)
		case send <- next:
			pending = pending[1:]
		case <-quit:
			return ErrStop
		case quit <- struct{}{}:
		}
	}
}

func control(x any) (result string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errorString("recovered")
		}
	}()
	defer println("done", 1, true)
	if s, ok := x.(string); ok && s != "" {
		result = s
	} else if n, ok := x.(int); ok {
		switch {
		case n > 10:
			result = "big"
		case n < 0:
			panic("negative")
		}
	} else {
		print("other\n")
	}
	switch y := x.(type) {
	case error:
		return "", y
	}
	switch v := 3; v {
	case 1, 2:
	case 3:
		result += "3"
	}
	done := make(chan bool)
	go func(msg string) {
		done <- msg != ""
	}("hi")
	<-done
	close(done)
	var f func(int) int
	f = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * f(n-1)
	}
	_ = f(5)
	inc, reset := counter()
	_ = inc() + inc()
	reset()
	_ = compose(f, func(x int) int { return x + 1 })(3)
	func() {}()
	return
}

type header struct {
	typ  uint8
	size uint32
	next *header
}

func unsafeOps(b []byte, s string) {
	var h header
	_ = unsafe.Sizeof(h) + unsafe.Alignof(h.size) + unsafe.Offsetof(h.next)
	p := unsafe.Pointer(&h)
	sz := (*uint32)(unsafe.Add(p, unsafe.Offsetof(h.size)))
	*sz = 4
	bs := unsafe.Slice(&b[0], len(b))
	str := unsafe.String(unsafe.StringData(s), len(s))
	data := unsafe.SliceData(bs)
	_, _ = str, data
	var arr [unsafe.Sizeof(uintptr(0))]byte
	_ = arr
	up := uintptr(p) + 1
	_ = up
}

func builtins(xs []float64, m map[int]string, c complex128) {
	_ = len(xs) + cap(xs)
	xs = append(xs[:0], 1, 2)
	ys := make([]float64, len(xs), 2*len(xs))
	copy(ys, xs)
	m = make(map[int]string, 8)
	m[1] = "one"
	delete(m, 1)
	p := new(int)
	*p = 3
	_ = real(c) + imag(c)
	_ = complex(real(c), 1)
	_ = min(xs[0], 2, 3.5)
	_ = max(1, 2)
	clear(m)
	ch := make(chan int, 3)
	ch <- 1
	_ = len(ch) + cap(ch)
	close(ch)
	var arr [4]int
	_ = len(arr) + cap(&arr)
}

var _ = ranges
var _ = labels
var _ = selects
var _ = control
var _ = unsafeOps
var _ = builtins
