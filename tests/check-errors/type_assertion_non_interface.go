package main

func main() {
	x := 5
	_ = x.(int)
	s := "s"
	switch s.(type) {
	}
}
