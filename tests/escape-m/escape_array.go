package main

func sliceOfLocal() []int {
	var arr [4]int
	arr[0] = 1
	return arr[:]
}

func localSlice() int {
	var arr [4]int
	s := arr[1:3]
	s[0] = 5
	return arr[1]
}

func big() int {
	s := make([]int, 10000)
	return len(s)
}

func arrPtr() *[3]int {
	a := [3]int{1, 2, 3}
	return &a
}

func main() {
	println(len(sliceOfLocal()), localSlice(), big(), arrPtr()[0])
}
