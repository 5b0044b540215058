// Pointers to struct fields, array and slice elements, and through new.
package main

type Node struct {
	Val  int
	Next *Node
}

type Pair struct{ A, B [2]int }

func main() {
	var p Pair
	pa := &p.A
	pb1 := &p.B[1]
	pa[0] = 1
	*pb1 = 2
	println(p.A[0], p.B[1])
	arr := [3]float64{1, 2, 3}
	pe := &arr[2]
	*pe *= 10
	println(arr[2])
	s := []string{"x", "y"}
	ps := &s[0]
	*ps = "changed"
	println(s[0])
	s = append(s, "z", "w", "v")
	*ps = "old backing"
	println(s[0])
	n := new(Node)
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{Val: 3}
	sum := 0
	for q := n; q != nil; q = q.Next {
		sum += q.Val
	}
	println(sum)
	pp := &n
	(*pp).Val = 100
	println(n.Val, (**pp).Val)
	i := new(int)
	j := i
	*j = 5
	println(*i, i == j, i != new(int))
}
