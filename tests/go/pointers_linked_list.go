// A doubly linked list with pointer manipulation: insert, remove, reverse.
package main

type Node struct {
	Val        int
	Prev, Next *Node
}

type List struct {
	Head, Tail *Node
	Len        int
}

func (l *List) Push(v int) {
	n := &Node{Val: v, Prev: l.Tail}
	if l.Tail == nil {
		l.Head = n
	} else {
		l.Tail.Next = n
	}
	l.Tail = n
	l.Len++
}

func (l *List) Remove(n *Node) {
	if n.Prev != nil {
		n.Prev.Next = n.Next
	} else {
		l.Head = n.Next
	}
	if n.Next != nil {
		n.Next.Prev = n.Prev
	} else {
		l.Tail = n.Prev
	}
	l.Len--
}

func (l *List) Reverse() {
	for n := l.Head; n != nil; n = n.Prev {
		n.Next, n.Prev = n.Prev, n.Next
	}
	l.Head, l.Tail = l.Tail, l.Head
}

func (l *List) Print() {
	for n := l.Head; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println("len", l.Len)
}

func main() {
	var l List
	for i := 1; i <= 6; i++ {
		l.Push(i * 10)
	}
	l.Print()
	l.Remove(l.Head.Next)
	l.Remove(l.Tail)
	l.Print()
	l.Reverse()
	l.Print()
}
