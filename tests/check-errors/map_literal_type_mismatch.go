package main

func main() {
	_ = map[string]int{
		"a": "one",
		2:   2,
	}
}
