package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Vowels int
	Worker int
}

func countVowels(s string) int {
	n := 0
	for _, c := range s {
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U':
			n++
		}
	}
	return n
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Vowels: countVowels(j.Text), Worker: id}
	}
}

func main() {
	texts := []string{
		"The quick brown fox", "jumps over", "the lazy dog", "Go is expressive",
		"concise, clean, and efficient", "Its concurrency mechanisms", "make it easy",
		"to write programs", "that get the most", "out of multicore machines",
	}
	jobs := make(chan Job, len(texts))
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	counts := make([]int, len(texts))
	byWorker := make(map[int]int)
	received := 0
	for r := range results {
		counts[r.JobID] = r.Vowels
		byWorker[r.Worker]++
		received++
	}
	total := 0
	for i, c := range counts {
		fmt.Printf("%-32q %d\n", texts[i], c)
		total += c
	}
	sum := 0
	for _, n := range byWorker {
		sum += n
	}
	fmt.Println("received", received, "total vowels", total, "per-worker sum", sum)
}
