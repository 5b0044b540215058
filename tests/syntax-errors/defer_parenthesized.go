package main

func cleanup() {}

func main() {
	defer (cleanup())
}
