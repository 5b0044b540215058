package main

func main() {
	if {
		println("never")
	}
}
