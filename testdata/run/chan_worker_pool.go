// A worker pool: jobs on a buffered channel, three workers, results collected
// and summed (worker assignment varies; the totals do not).
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, worker: id, value: j * j}
	}
}

func main() {
	const n = 100
	jobs := make(chan int, n)
	results := make(chan result, n)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= n; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum, count := 0, 0
	seen := make([]bool, n+1)
	perWorker := make([]int, 4)
	for r := range results {
		sum += r.value
		count++
		seen[r.job] = true
		perWorker[r.worker]++
	}
	all := true
	for j := 1; j <= n; j++ {
		all = all && seen[j]
	}
	fmt.Println("results:", count, "sum of squares:", sum, "every job done:", all)
	fmt.Println("jobs per worker add up:", perWorker[1]+perWorker[2]+perWorker[3] == n)
}
