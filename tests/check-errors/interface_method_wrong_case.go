package main

type Runner interface{ Run() }

type job struct{}

func (job) run() {}

func main() {
	var r Runner = job{}
	_ = r
}
