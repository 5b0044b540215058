// The error interface with custom types, wrapping by hand, and comparisons.
package main

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Wrapped struct {
	Op  string
	Err error
}

func (w *Wrapped) Error() string { return w.Op + ": " + w.Err.Error() }
func (w *Wrapped) Unwrap() error { return w.Err }

type errString string

func (e errString) Error() string { return string(e) }

var ErrEOF error = errString("EOF")

func lookup(k string) error {
	if k == "a" {
		return nil
	}
	if k == "eof" {
		return ErrEOF
	}
	return &Wrapped{"lookup", NotFound{k}}
}

func unwrapAll(e error) error {
	for {
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			return e
		}
		e = u.Unwrap()
	}
}

func main() {
	for _, k := range []string{"a", "b", "eof"} {
		err := lookup(k)
		if err == nil {
			println(k, "ok")
			continue
		}
		println(k, err.Error(), err == ErrEOF)
		if nf, ok := unwrapAll(err).(NotFound); ok {
			println("  key", nf.Key)
		}
	}
	println(ErrEOF == errString("EOF"))
}
