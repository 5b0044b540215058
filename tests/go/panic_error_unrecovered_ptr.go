// An unrecovered panic with a pointer error type uses its Error method.
package main

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return e.Msg + " (parse error)" }

//go:noinline
func parse(s string) int {
	if s == "" {
		panic(&ParseError{1, "empty input"})
	}
	return len(s)
}

func main() {
	println(parse("x"))
	println(parse(""))
}
