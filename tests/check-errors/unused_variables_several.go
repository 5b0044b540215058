package main

func main() {
	a, b := 1, 2
	var c string
	_ = a
	{
		d := 3.5
	}
}
