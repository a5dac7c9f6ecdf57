// A classic bug: the WaitGroup counter is one too high, so Wait blocks
// forever after every worker finished. Go reports the deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	nums := []int{1, 2, 3, 4}
	wg.Add(len(nums) + 1)
	for _, n := range nums {
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(n)
	}
	wg.Wait()
	fmt.Println("total", total)
}
