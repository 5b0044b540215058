// Calling a method on a nil interface value.
package main

type Runner interface{ Run() int }

type R struct{}

func (R) Run() int { return 1 }

//go:noinline
func call(r Runner) int { return r.Run() }

func main() {
	println(call(R{}))
	var r Runner
	println(call(r))
}
