package main

func main() {
	r := '\uD800'
	_ = r
}
