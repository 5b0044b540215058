// Declarations of every kind, for the --types golden test.
package main

import (
	"io"
	"unsafe"
)

const (
	A = iota * 10
	B
	c, d = "s", 'x'
)

const (
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	Third   = 1.0 / 3
	Huge    = 1 << 100
	Cplx    = 2i * Pi
	Typed   int8 = -5
	Flag         = A < B
	Quote        = "tab\there \"q\" é"
	Tiny         = 1e-400
	Big          = 1e400
	Rounded float32 = 0.1
)

type (
	Kind   int
	Point  struct{ X, Y float64 }
	Tagged struct {
		Name string `json:"name"`
		io.Reader
		*Point
		private []map[string]chan<- int
	}
	Shape interface {
		Area() float64
		io.Closer
	}
	Number interface{ ~int | ~int64 | float64 }
	List[E any] struct {
		items []E
		next  *List[E]
	}
	Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	IntList = List[int]
	Bytes   = []byte
	Fn      func(int, ...string) (n int, err error)
	Recv    <-chan (<-chan int)
	Ptr     unsafe.Pointer
	Arr     [4][2]rune
	Generic[T Number, U ~[]T] func(T) U
)

func (k Kind) String() string         { return "" }
func (p *Point) Scale(f float64)      {}
func (p Point) Dist(q Point) float64  { return 0 }
func (l *List[E]) Push(e E) *List[E]  { return l }
func (l *List[E]) Each(f func(int, E)) {}

var (
	x, y    = 1, 2.5
	Err     error
	Any     any
	handler = func(w io.Writer) {}
	lst     List[string]
	m       = map[Kind][]*Point{}
	ch      = make(chan struct{}, 1)
	inst    Pair[string, List[int]]
)

func Sum[N Number](xs ...N) (total N) { return }
func Map[E, F any](xs []E, f func(E) F) []F { return nil }
func noResults(a, b int, c string)           {}
func main()                                   {}
func init()                                   {}
