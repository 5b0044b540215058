package main

func Map[T, U](xs []T, f func(T) U) []U {
	return nil
}

func main() {}
