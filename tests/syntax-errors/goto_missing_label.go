package main

func main() {
	goto 10
}
