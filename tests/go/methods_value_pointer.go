// Value and pointer receivers; automatic address-of and dereference.
package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm()     { *c += 10 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	println(c.Get())
	p := &c
	p.Inc()
	println(p.Get(), c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	println(cs[0].Get())
	arr := [2]Counter{}
	arr[1].Inc()
	println(arr[1].n)
	t := Celsius(20)
	t.Warm()
	println(t.F())
	println(Counter{7}.Get())
}
