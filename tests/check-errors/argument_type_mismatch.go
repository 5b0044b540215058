package main

func greet(name string, times int) {}

func main() {
	n := 3
	greet(n, "three")
}
