// Value-receiver vector methods returning structs, chained, updating
// slice elements through pointers (a tiny particle simulation).
package main

import "unsafe"

type Vec struct{ X, Y, Z float64 }

func (a Vec) Add(b Vec) Vec     { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k, a.Z * k} }
func (a Vec) Dot(b Vec) float64 { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }

type Particle struct {
	Pos, Vel Vec
	Mass     float64
}

func step(ps []Particle, dt float64) {
	for i := range ps {
		p := &ps[i]
		p.Vel = p.Vel.Add(Vec{0, -9.8, 0}.Scale(dt))
		p.Pos = p.Pos.Add(p.Vel.Scale(dt))
	}
}

func main() {
	ps := make([]Particle, 3)
	for i := range ps {
		ps[i] = Particle{Vec{float64(i), 10, 0}, Vec{1, 0, 0}, 1}
	}
	for t := 0; t < 10; t++ {
		step(ps, 0.1)
	}
	for _, p := range ps {
		println(p.Pos.X, p.Pos.Y, p.Vel.Y)
	}
	e := 0.0
	for _, p := range ps {
		e += 0.5 * p.Mass * p.Vel.Dot(p.Vel)
	}
	println(e)
	println(unsafe.Sizeof(Particle{}), unsafe.Offsetof(Particle{}.Mass))
}
