package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "my error\nline two" }

type S struct{ a int }

func (S) String() string { return "I am S" }

type MyInt int

func main() {
	defer func() {
		recover()
		panic(MyInt(3))
	}()
	defer func() {
		recover()
		panic(S{1})
	}()
	panic(&MyErr{3})
}
