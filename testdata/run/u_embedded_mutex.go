package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeMap struct {
	sync.Mutex
	m map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.Lock()
	defer s.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.Lock()
	defer s.Unlock()
	return s.m[k]
}

type Stats struct {
	mu      sync.RWMutex
	samples []time.Duration
}

func (s *Stats) Add(d time.Duration) {
	s.mu.Lock()
	s.samples = append(s.samples, d)
	s.mu.Unlock()
}

func (s *Stats) Summary() (n int, total time.Duration) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, d := range s.samples {
		total += d
	}
	return len(s.samples), total
}

type Worker struct {
	ID int
	*SafeMap
	wg *sync.WaitGroup
}

func (w Worker) Run(words []string) {
	defer w.wg.Done()
	for _, word := range words {
		w.Inc(word)
	}
}

func main() {
	sm := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	words := []string{"go", "rust", "go", "zig", "go", "rust"}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		w := Worker{ID: i, SafeMap: sm, wg: &wg}
		go w.Run(words)
	}
	wg.Wait()
	fmt.Println(sm.Get("go"), sm.Get("rust"), sm.Get("zig"), sm.Get("c"))

	var st Stats
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			st.Add(time.Duration(i) * time.Millisecond)
		}(i)
	}
	readers := 0
	var rmu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.Summary()
			rmu.Lock()
			readers++
			rmu.Unlock()
		}()
	}
	wg.Wait()
	n, total := st.Summary()
	fmt.Println(n, total, readers)
}
