package main

func f() (err error) {
	if true {
		err := g()
		if err != nil {
			return
		}
	}
	return nil
}

func g() error { return nil }

func main() {
	f()
}
