package main

func takeInt(n int) {}

func main() {
	takeInt(nil)
	_ = nil + 1
}
