// A worker pool: jobs on a buffered channel, results gathered on
// another; the sum does not depend on which worker did what.
package main

type result struct {
	job    int
	worker int
	value  int
}

func worker(id int, jobs chan int, results chan result) {
	for j := range jobs {
		results <- result{j, id, j * 2}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 9; a++ {
		r := <-results
		sum += r.value
		println("job", r.job, "by worker", r.worker)
	}
	println("sum", sum)
}
