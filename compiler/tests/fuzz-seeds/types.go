package types

import (
	"io"
	"sync"
)

type (
	Point struct {
		X, Y int `json:"x" xml:"x,attr"`
		Z    float64 "plain tag"
		_    [0]func()
		sync.Mutex
		*io.PipeReader
		io.Writer `embedded:"yes"`
		inner     struct {
			a, b, c byte
			d       struct{}
		}
		fn   func(a, b int, c ...string) (n int, err error)
		m    map[string][]*map[int]chan<- <-chan int
		arr  [3][4]complex128
		sl   [][]string
		p    **int
		e    interface{}
		anyv any
	}

	Shape interface {
		Area() float64
		Perimeter() (p float64)
		io.Reader
		interface{ Close() error }
		private(x, y int) bool
	}

	Empty interface{}

	ChanChan  chan chan int
	RecvSend  <-chan chan<- int
	SendRecv  chan<- <-chan int
	RecvRecv  <-chan <-chan int
	ChanFunc  chan func() chan int
	ChanParen chan (<-chan int)

	Handler func(w io.Writer, r *Request) error
	Vararg  func(...int)
	Unnamed func(int, string) (bool, error)
	Ret     func() func() func()

	MyInt   int
	IntAlias = int
	Arr     [...]int
	Ell     [10 * 2]byte
)

type Request struct{ _ int }

func (p Point) Dist() int        { return p.X*p.X + p.Y*p.Y }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (Point) Static() string     { return "" }
func (*Point) PtrStatic()        {}
func (_ *Point) Blank()          {}

func methodExprs() {
	f := Point.Dist
	g := (*Point).Move
	h := (*Point).Dist
	i := Shape.Area
	j := interface{ M() }.M
	var p Point
	k := p.Dist
	_, _, _, _, _, _ = f, g, h, i, j, k
	_ = f(p)
	g(&p, 1, 2)
	var cc ChanChan = make(chan chan int, 1)
	c := make(chan int)
	cc <- c
	<-<-cc
	x := <-(<-cc)
	_ = x
	var rr RecvRecv
	_ = <-<-rr
	var fp *func() = nil
	(*fp)()
	_ = [...]string{2: "b", 0: "a"}
}

func external(x int) int

//go:noinline
func noinline() {}
