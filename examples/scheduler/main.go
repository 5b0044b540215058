// scheduler starts more goroutines than there are Ps and waits for them.
//
// Watch: new goroutines go to the creating P's runnext and local run
// queue; idle Ps steal half of a busy P's queue; WaitGroup.Wait parks
// main until the counter reaches zero.
package main

import (
	"fmt"
	"sync"
)

func work(id int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	total := 0
	for i := range 100000 {
		total += i % (id + 1)
	}
	results[id] = total
}

func main() {
	const n = 16
	results := make([]int, n)
	var wg sync.WaitGroup
	for id := range n {
		wg.Add(1)
		go work(id, results, &wg)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("goroutines:", n, "checksum:", sum)
}
