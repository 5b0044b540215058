// Trees of pointers with recursive methods, visitor closures, memoised
// recursion through a closure variable, and nested arrays and slices.
package main

type Node struct {
	kids []*Node
	val  int
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	s := n.val
	for _, k := range n.kids {
		s += k.Sum()
	}
	return s
}

func build(depth, width int) *Node {
	n := &Node{val: depth}
	if depth > 0 {
		for i := 0; i < width; i++ {
			n.kids = append(n.kids, build(depth-1, width))
		}
	}
	return n
}

type Visitor func(n *Node, depth int) bool

func walk(n *Node, depth int, v Visitor) {
	if !v(n, depth) {
		return
	}
	for _, k := range n.kids {
		walk(k, depth+1, v)
	}
}

func main() {
	t := build(4, 3)
	println(t.Sum())
	count := 0
	maxd := 0
	walk(t, 0, func(n *Node, d int) bool {
		count++
		if d > maxd {
			maxd = d
		}
		return d < 2
	})
	println(count, maxd)
	var levels [5]int
	var rec func(*Node, int)
	rec = func(n *Node, d int) {
		levels[d]++
		for _, k := range n.kids {
			rec(k, d+1)
		}
	}
	rec(t, 0)
	println(levels[0], levels[1], levels[2], levels[3], levels[4])
	memo := make([]int, 50)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if memo[n] != 0 {
			return memo[n]
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	println(fib(49))
	grid := [3][4]int{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	tot := 0
	for _, row := range grid {
		for _, v := range row {
			tot += v
		}
	}
	println(tot)
	s := make([][]string, 2)
	s[0] = append(s[0], "a", "b")
	s[1] = append(s[1], s[0]...)
	s[1][0] = "z"
	println(s[0][0], s[1][0], len(s[1]))
}
