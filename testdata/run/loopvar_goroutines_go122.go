// check: sorted
// Goroutines capturing the loop variable see their own iteration's value
// (Go 1.22 per-iteration semantics; under Go 1.19 this was a data race).
// The expected output was written by reasoning from the current spec.
// Cross-checked afterwards with a current Go toolchain (go1.27.3).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("goroutine", i)
		}()
	}
	wg.Wait()
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("range goroutine", i)
		}()
	}
	wg.Wait()
}
