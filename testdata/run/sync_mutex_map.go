// A mutex-protected map shared by many goroutines; TryLock; Lock in deferred
// unlocks; the counter is exact.
package main

import (
	"fmt"
	"sync"
)

type container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

func main() {
	c := container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 10000)
	go doIncrement("a", 10000)
	go doIncrement("b", 10000)
	wg.Wait()
	fmt.Println(c.counters["a"], c.counters["b"])

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	// Many goroutines contend on one lock around a non-atomic counter.
	total := 0
	var wg2 sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < 500; i++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println(total)
}
