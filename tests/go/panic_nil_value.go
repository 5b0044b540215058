// panic(nil) is a *runtime.PanicNilError since Go 1.21.
package main

func main() {
	defer println("deferred runs")
	panic(nil)
}
