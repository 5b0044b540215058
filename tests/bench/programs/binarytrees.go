// Allocation and pointer chasing: the Benchmarks Game's binary trees
// with maximum depth N. goviz has no GC yet (its heap only grows), so N
// is kept where every tree ever built fits in a few hundred MB.
package main

const N = 15

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	minDepth := 4
	maxDepth := N
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}
	println("stretch tree of depth", maxDepth+1, "check:", bottomUp(maxDepth+1).check())
	long := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		println(iters, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", maxDepth, "check:", long.check())
}
