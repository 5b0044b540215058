// Panics during panicking are printed as a chain.
package main

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
