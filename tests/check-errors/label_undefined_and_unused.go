package main

func main() {
unused:
	for i := 0; i < 3; i++ {
		if i == 1 {
			break missing
		}
	}
	goto nowhere
}
