// A nil pointer stored in an interface makes a non-nil interface.
package main

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func findGood(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e := find(false)
	println(e == nil, e != nil, e.Error())
	e = find(true)
	println(e == nil, e.Error())
	println(findGood(false) == nil, findGood(true) == nil)
	var p *MyErr
	var i interface{ Error() string } = p
	println(i != nil)
	var a any = (*int)(nil)
	println(a == nil, a.(*int) == nil)
}
