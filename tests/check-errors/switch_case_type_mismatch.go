package main

func main() {
	x := 3
	switch x {
	case "three":
	case 1.5:
	}
	switch {
	case 1:
	}
}
