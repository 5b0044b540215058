// Failed assertion between two named types with the same underlying type.
package main

type Celsius float64
type Kelvin float64

//go:noinline
func asK(v any) Kelvin { return v.(Kelvin) }

func main() {
	println(asK(Kelvin(1)))
	println(asK(Celsius(1)))
}
