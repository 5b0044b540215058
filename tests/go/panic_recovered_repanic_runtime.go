// Re-panicking a recovered runtime error prints it with [recovered, repanicked].
package main

//go:noinline
func f(s []int) int { return s[5] }

func main() {
	defer func() {
		r := recover()
		println("got:", r.(error).Error())
		panic(r)
	}()
	println(f(nil))
}
