package main

type Counter struct {
	n int
}

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Celsius float64

func (t Celsius) F() float64 { return float64(t)*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	c.Add(2).Add(3)
	p := &c
	p.Inc()
	t := Celsius(100)
	println(c.Get(), p.Get(), t.F())
}
