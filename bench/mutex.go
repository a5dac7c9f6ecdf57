// Benchmark: spawn 1,000,000 goroutines that each lock one sync.Mutex and
// increment a shared counter, joined by a WaitGroup (goroutine creation,
// mutex contention and hand-off, WaitGroup). Issue 3 goal: no slower than Go.
// Runs unchanged under `go run`.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1000000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			mu.Lock()
			counter++
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
