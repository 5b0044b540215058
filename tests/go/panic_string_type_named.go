// An unrecovered panic with a named string type prints the type.
package main

type Reason string

func main() {
	defer println("deferred before crash")
	panic(Reason("bad state"))
}
