// An unrecovered panic with an error value prints its Error().
package main

type E struct{ code int }

func (e E) Error() string { return "E with code " + string(rune('0'+e.code)) }

func main() {
	panic(E{4})
}
