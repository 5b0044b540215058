package main

func get(s []int, i int) int { return s[i] }

func main() {
	defer println("cleanup")
	defer func() {
		r := recover()
		println("recovered; repanicking")
		panic(r)
	}()
	println(get([]int{1, 2, 3}, 5))
}
