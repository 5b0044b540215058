package main

func add(a, b int) int { return a + b }

func describe(name string, age int, tags ...string) {}

func main() {
	_ = add(1)
	describe()
}
