// After a recovered panic the function returns normally to its caller.
package main

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return a / b, true
}

func tryAll(vals []int) int {
	good := 0
	for _, v := range vals {
		if _, ok := safeDiv(100, v); ok {
			good++
		}
	}
	return good
}

func main() {
	println(safeDiv(10, 3))
	println(safeDiv(1, 0))
	println(tryAll([]int{1, 0, 2, 0, 5}))
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				r := recover()
				println("iteration", i, "recovered", r != nil)
			}()
			if i%2 == 0 {
				panic(i)
			}
		}()
	}
}
