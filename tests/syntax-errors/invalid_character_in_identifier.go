package main

func main() {
	caf€ := 1
	_ = caf€
}
