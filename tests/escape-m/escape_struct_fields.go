package main

type Node struct {
	val  int
	next *Node
}

func push(head *Node, v int) *Node {
	return &Node{val: v, next: head}
}

func length(n *Node) int {
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

func (n *Node) Val() int { return n.val }

func (n *Node) SetNext(m *Node) { n.next = m }

func main() {
	var l *Node
	l = push(l, 1)
	l = push(l, 2)
	a := Node{val: 9}
	b := Node{val: 10}
	a.SetNext(&b)
	println(length(l), a.Val())
}
