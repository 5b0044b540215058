package exprs

type T struct {
	A int
	B []string
	C map[string]T
	D *T
}

var table = []struct {
	in   string
	want int
}{
	{"a", 1},
	{in: "b", want: 2},
	{},
}

var nested = map[string][]map[int]*T{
	"x": {
		{1: {A: 1}, 2: &T{B: []string{"q"}}},
		nil,
	},
	"y": nil,
}

var arr = [...][2]int{{1, 2}, {3, 4}, 5: {}}
var ptrs = []*T{{A: 1}, {D: &T{}}}
var keys = map[T]bool{{A: 1}: true, T{A: 2}: false}

func exprs(s []int, m map[string]int, p *T, i any, ch chan int) {
	_ = s[1:]
	_ = s[:2]
	_ = s[1:2]
	_ = s[:]
	_ = s[1:2:3]
	_ = s[:2:3]
	_ = "str"[1]
	_ = p.D.D.A
	_ = (*p).A
	_ = &p.B[0]
	_ = *&*&p
	_ = i.(int)
	_ = i.(interface{ M() }).M
	_ = i.(*T).C["k"].D
	v, ok := m["k"]
	_, _ = v, ok
	_ = -1 + 2*3 - 4/5%6<<7>>8&9|10^11&^12
	_ = 1 == 2 && 3 != 4 || 5 < 6 && 7 <= 8 || 9 > 10 && 11 >= 12
	_ = !true
	_ = ^1
	_ = +1
	_ = <-ch
	_ = func() int { return 1 }()
	_ = (func())(nil)
	_ = []int(nil)
	_ = map[string]int(nil)
	_ = (chan int)(nil)
	_ = (<-chan int)(ch)
	_ = (func(int) int)(nil)
	_ = interface{}(1)
	_ = struct{ x int }{1}
	_ = [2]int{}
	_ = T{}.A
	_ = len(s) + cap(s)
	_ = append(s, s...)
	_ = new(int)
	_ = make(map[string]int, 10)
	f(g(h(1)), 2, 3,)
	f(
		1,
		2,
	)
	if p == (&T{}) {
	}
	if (T{}) == *p {
	}
	for _ = range []T{{}} {
	}
	switch (T{A: 1}) {
	}
	x := T{
		A: 1,
		B: []string{
			"a",
			"b",
		},
	}
	_ = x
	_ = complex(1, 2i)
	_ = real(3 + 4i)
	_ = [][]int{[]int{1}, {2}}
	_ = s[len(s)-1]
	_ = m[string([]byte{'a'})]
	var fn func(...any)
	fn(1, "a", nil, 'x', 1.5, `raw`)
	_ = p.D != nil && p.D.A > 0
	clear(m)
	_ = min(1, 2, 3)
}
