package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Worker int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const numJobs = 40
	const numWorkers = 4
	jobs := make([]Job, numJobs)
	for i := range jobs {
		jobs[i] = Job{ID: i, Input: i*7 + 1}
	}
	results := make([]Result, numJobs)
	var wg sync.WaitGroup
	var mu sync.Mutex
	perWorker := make([]int, numWorkers)
	for w := 0; w < numWorkers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < numJobs; i += numWorkers {
				j := jobs[i]
				r := Result{JobID: j.ID, Output: collatzSteps(j.Input), Worker: w}
				results[j.ID] = r
				mu.Lock()
				perWorker[w]++
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	total := 0
	maxSteps, maxJob := 0, -1
	for _, r := range results {
		total += r.Output
		if r.Output > maxSteps {
			maxSteps, maxJob = r.Output, r.JobID
		}
	}
	fmt.Println("total steps:", total)
	fmt.Printf("max %d steps at job %d (input %d)\n", maxSteps, maxJob, jobs[maxJob].Input)
	for w, n := range perWorker {
		fmt.Printf("worker %d did %d jobs\n", w, n)
	}
	for _, r := range results[:5] {
		fmt.Printf("job %2d -> %3d\n", r.JobID, r.Output)
	}
}
