// hello is the smallest goviz example: one goroutine, one print.
//
// Watch: goroutine 1 starting on P0 and running to completion; the
// runtime's own setup before main.main.
package main

import "fmt"

func main() {
	fmt.Println("hello, goviz")
}
