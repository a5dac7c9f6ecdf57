// Goroutines sleeping for clearly different durations wake in order.
// (The gaps are 150ms so that scheduling noise cannot reorder them.)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 3; i >= 1; i-- {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(n) * 150 * time.Millisecond)
			fmt.Println("woke", n)
		}(i)
	}
	wg.Wait()
	fmt.Println("done")
}
