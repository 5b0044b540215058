package main

func main() {
	switch {
	case true:
	done:
	default:
	}
}
