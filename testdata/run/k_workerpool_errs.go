// Worker pool with typed results and errors, a custom error type, errors.As,
// and results reassembled in job order.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type ParseError struct {
	Job   int
	Input string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("job %d: parsing %q: %v", e.Job, e.Input, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

type Job struct {
	ID    int
	Input string
}

type Result struct {
	Job   Job
	Value int
	Err   error
}

func process(j Job) Result {
	n, err := strconv.Atoi(j.Input)
	if err != nil {
		return Result{Job: j, Err: &ParseError{j.ID, j.Input, err}}
	}
	if n < 0 {
		return Result{Job: j, Err: fmt.Errorf("job %d: negative input %d", j.ID, n)}
	}
	return Result{Job: j, Value: n * n}
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup, counts []int) {
	defer wg.Done()
	for j := range jobs {
		counts[id]++
		results <- process(j)
	}
}

func main() {
	inputs := []string{"1", "2", "x", "4", "-5", "6", "99999999999999999999", "8", "", "10"}
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))
	const workers = 3
	counts := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg, counts)
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{i, in}
		}
		close(jobs)
	}()
	wg.Wait()
	close(results)

	ordered := make([]Result, len(inputs))
	for r := range results {
		ordered[r.Job.ID] = r
	}
	sum := 0
	var errs []error
	for _, r := range ordered {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		sum += r.Value
		fmt.Printf("job %d: %s -> %d\n", r.Job.ID, r.Job.Input, r.Value)
	}
	fmt.Println("sum:", sum)
	for _, err := range errs {
		fmt.Println("error:", err)
		var pe *ParseError
		if errors.As(err, &pe) {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("  parse error in job %d, func=%s num=%q err=%v\n", pe.Job, ne.Func, ne.Num, ne.Err)
			}
			fmt.Println("  range?", errors.Is(err, strconv.ErrRange), "syntax?", errors.Is(err, strconv.ErrSyntax))
		}
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("jobs handled:", total)
}
