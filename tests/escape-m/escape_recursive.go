package main

type Tree struct {
	left, right *Tree
	val         int
}

func sum(t *Tree) int {
	if t == nil {
		return 0
	}
	return t.val + sum(t.left) + sum(t.right)
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{val: v}
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8} {
		root = insert(root, v)
	}
	println(sum(root))
}
