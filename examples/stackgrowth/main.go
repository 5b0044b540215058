// stackgrowth recurses deeply so the goroutine stack must grow.
//
// Watch: the stack starts at 2 KiB; each time a frame does not fit, the
// runtime allocates a stack twice as large, copies the old one and fixes
// every pointer into it (morestack -> newstack -> copystack).
package main

import "fmt"

type frame struct {
	pad   [16]int64
	depth int
}

func descend(f *frame, n int) int {
	var local frame
	local.depth = f.depth + 1
	local.pad[n%16] = int64(n)
	if n == 0 {
		return local.depth
	}
	return descend(&local, n-1)
}

func main() {
	var root frame
	fmt.Println("deepest frame:", descend(&root, 10000))
}
