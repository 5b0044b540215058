package main

func name() string {
	return 7
}

func count() (int, error) {
	x := "3"
	return x, nil
}

func main() {
	name()
	count()
}
