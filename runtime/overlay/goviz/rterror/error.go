// Package runtime holds the values of run-time panics, which recover()
// returns and whose Error methods give Go's messages: the part of gc's
// package runtime that the execution core itself produces. goviz loads
// it into every program (import path goviz/rterror; its symbols and
// type names are runtime's). The machine builds these values with the
// message already formatted, so their unexported fields are goviz's
// own; the exported API (Error, TypeAssertionError, PanicNilError and
// their methods) is gc's. The standard library's overlay package
// runtime takes these types over.
package runtime

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

// errorString: "runtime error: " and a message (divide by zero, nil
// dereference, makeslice, negative shift, unsafe, comparisons).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError: a run-time panic whose message has no "runtime error: "
// prefix (nil map writes, channel misuse).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// boundsError: index and slice bounds failures.
type boundsError struct{ msg string }

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.msg }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct{ msg string }

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// The types the machine makes values of, by these variables' types.
var (
	errorStringValue        errorString
	plainErrorValue         plainError
	boundsErrorValue        boundsError
	typeAssertionErrorValue *TypeAssertionError
	panicNilErrorValue      *PanicNilError
)
