package main

type T struct{ n int }

func work(t *T, done chan bool) {
	t.n++
	done <- true
}

func spawn() {
	t := &T{}
	done := make(chan bool)
	go work(t, done)
	<-done
}

func cleanup(p *int) {
	*p = 0
}

func deferred() int {
	v := 5
	defer cleanup(&v)
	return v
}

func main() {
	spawn()
	println(deferred())
}
