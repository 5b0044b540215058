package main

func work() int { return 1 }

func main() {
	defer recover
	go work
	defer int(3)
	go len("x")
}
