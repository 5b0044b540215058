// Deferred closures in loops capture each iteration's variable (Go 1.22).
package main

func run() (out string) {
	for i := 0; i < 3; i++ {
		defer func() { out += string(rune('a' + i)) }()
	}
	for _, c := range "xyz" {
		defer func() { out += string(c) }()
	}
	return "start:"
}

func main() {
	println(run())
}
