package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error" }

func main() {
	defer println("deferred before panic")
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("first")
}
