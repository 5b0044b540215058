package main

func name(x int) string {
	switch x {
	case 1:
		return "one"
	case 2:
		return "two"
	}
}

func loop() int {
	for {
		break
	}
}

func main() {
	name(1)
	loop()
}
