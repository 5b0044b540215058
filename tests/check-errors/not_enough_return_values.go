package main

func pair() (int, string, error) {
	return 1, "a"
}

func none() (int, error) {
	return
}

func main() {
	pair()
	none()
}
