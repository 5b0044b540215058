// Slices as stacks and queues, with reslicing and reuse of capacity.
package main

func main() {
	var stack []string
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		print(top, " ")
	}
	println(len(stack), cap(stack))
	queue := make([]int, 0, 4)
	for i := 0; i < 10; i++ {
		queue = append(queue, i)
		if len(queue) > 3 {
			queue = queue[1:]
		}
	}
	println(len(queue), queue[0], queue[2])
	buf := make([]byte, 0, 8)
	for round := 0; round < 3; round++ {
		buf = buf[:0]
		for i := 0; i <= round; i++ {
			buf = append(buf, byte('x'+i))
		}
		println(string(buf), cap(buf))
	}
}
