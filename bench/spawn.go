// Benchmark: start 1,000,000 goroutines joined by a WaitGroup (goroutine
// creation, scheduling, WaitGroup). Runs unchanged under `go run`.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1000000
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
