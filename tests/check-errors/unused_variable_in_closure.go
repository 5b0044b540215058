package main

func main() {
	f := func() {
		y := "unused"
	}
	f()
}
