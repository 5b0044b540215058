// Package ops: operators and conversions on every kind of type.
// Type-correct: the checker must accept it.
package ops

import "unsafe"

type (
	MyInt    int
	MyString string
	MyBytes  []byte
	MyFunc   func(int) int
	Celsius  float64
	Point    struct{ X, Y int }
	PointPtr *Point
	Arr4     [4]int
)

func arith(a, b int, u, v uint, f, g float64, c, d complex128, s, t string) {
	_ = a + b - a*b/(b|1)%3
	_ = a&b | a ^ b&^a
	_ = a << u >> v
	_ = a << b
	_ = u<<3 + v>>1
	_ = -a + +b + ^a
	_ = f*g - f/g + -f
	_ = c*d + c/d - c
	_ = s + t + "!"
	_ = a == b || a != b && a < b || a <= b || a > b || a >= b
	_ = f < g && s < t && c == d && !(s >= t)
	a += b
	a -= b
	a *= b
	a /= b | 1
	a %= 7
	a &= b
	a |= b
	a ^= b
	a <<= u
	a >>= 2
	a &^= b
	a++
	b--
	f += 1
	f *= 2.5
	c -= 1i
	s += "x"
	var x uint8 = 255
	x++
	var sh = 1 << u
	var shf float64 = 3
	_, _ = sh, shf
	var i8 int8 = -128
	_ = i8 / -1
	_ = uint32(a) >> 31
}

func conversions(a int, f float64, s string, bs []byte, rs []rune, p *Point) {
	_ = float64(a) + f
	_ = int(f) + a
	_ = uint8(a) + byte(a)
	_ = complex(f, 0) + complex128(complex64(1+2i))
	_ = string(rune(a)) + string(bs) + string(rs)
	_ = []byte(s)
	_ = []rune(s)
	_ = MyString(s) + "x"
	_ = MyBytes(s)
	_ = MyInt(a) * 2
	_ = Celsius(f) - 273.15
	_ = int(MyInt(3))
	_ = (*Point)(p)
	_ = PointPtr(p)
	_ = struct{ X, Y int }(*p)
	_ = Point(struct{ X, Y int }{1, 2})
	_ = MyFunc(func(i int) int { return i })
	_ = (func(int) int)(nil)
	_ = [4]int(make([]int, 4))
	_ = (*[2]int)([]int{1, 2, 3})
	_ = Arr4([]int{1, 2, 3, 4})
	_ = unsafe.Pointer(p)
	_ = (*int)(unsafe.Pointer(p))
	_ = uintptr(unsafe.Pointer(p))
	_ = any(a)
	_ = interface{ M() }(nil)
	_ = (chan<- int)(make(chan int))
	_ = (<-chan int)(make(chan int))
	_ = []any(nil)
	_ = map[string]int(nil)
	_ = int64(1<<40) + int64(a)
	_ = float32(1e38) * 2
	_ = string(MyBytes("abc"))
}

func comparisons(p, q *Point, ch chan int, m map[int]int, fn func(), e error, i any, arr, arr2 [2]string) bool {
	_ = p == q
	_ = p != nil
	_ = ch == nil
	_ = m == nil
	_ = fn == nil
	_ = e == nil
	_ = i == 3
	_ = i == p
	_ = arr == arr2
	_ = *p == Point{1, 2}
	_ = struct{ a int }{1} == struct{ a int }{2}
	_ = e == i
	return arr[0] < arr2[1]
}

func unary(p *Point, ch chan int, b bool, a int) {
	_ = !b
	_ = &p.X
	_ = *&a
	_ = -(-a)
	_ = ^uint16(a)
	_ = <-ch
	v, ok := <-ch
	_, _ = v, ok
	ch <- a
	pp := &p
	(*pp).Y = 3
	(**pp).X++
	_ = &Point{}
	_ = &[]int{1}
	_ = &map[string]int{}
}

func indexing(s []int, a [5]int, pa *[5]int, str string, m map[string][]int) {
	_ = s[0] + a[1] + pa[2] + int(str[3])
	_ = s[1:]
	_ = s[:2]
	_ = s[1:2:3]
	_ = a[:]
	_ = pa[1:3]
	_ = str[1:]
	_ = m["k"][0]
	v, ok := m["k"]
	_, _ = v, ok
	m["k"] = append(m["k"], 1, 2)
	m["j"] = append(s, s...)
	_ = append([]byte("x"), "yz"...)
	delete(m, "k")
	n := copy(s, a[:])
	n += copy([]byte{}, "abc")
	_ = len(s) + cap(s) + len(a) + cap(pa) + len(m) + len(str) + n
	clear(m)
	clear(s)
	_ = min(1, 2.5, 3)
	_ = max(str, "z")
	_ = min(n)
	const k = 2
	_ = a[k]
	_ = "abc"[k]
}
