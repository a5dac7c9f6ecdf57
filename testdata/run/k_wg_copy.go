// Passing a sync.WaitGroup by value: each worker calls Done on its own copy,
// so the original counter never reaches zero and main's Wait blocks forever.
// (go vet flags this; the compiler accepts it.) Every worker ran, then Go
// reports the deadlock.
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu    sync.Mutex
	count map[string]int
}

func (s *Stats) Add(word string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.count[word]++
}

func worker(words []string, st *Stats, wg sync.WaitGroup, done chan<- int) {
	defer wg.Done()
	for _, w := range words {
		st.Add(w)
	}
	done <- len(words)
}

func main() {
	st := &Stats{count: map[string]int{}}
	chunks := [][]string{{"a", "b", "a"}, {"c", "a"}, {"b"}}
	var wg sync.WaitGroup
	done := make(chan int, len(chunks))
	for _, c := range chunks {
		wg.Add(1)
		go worker(c, st, wg, done)
	}
	total := 0
	for range chunks {
		total += <-done
	}
	fmt.Println("words counted:", total, st.count)
	wg.Wait()
	fmt.Println("unreachable")
}
