package main

const n uint = 3

func main() {
	const m = n - 5
}
