// Bounded parallelism: a buffered channel as a counting semaphore keeps at most
// 3 of 30 tasks running at once (checked with atomics, never exceeded).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var running, maxRunning, done int32
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&running, 1)
			for {
				m := atomic.LoadInt32(&maxRunning)
				if n <= m || atomic.CompareAndSwapInt32(&maxRunning, m, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&running, -1)
			atomic.AddInt32(&done, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println("done:", atomic.LoadInt32(&done))
	fmt.Println("at most 3 at once:", atomic.LoadInt32(&maxRunning) <= 3)
	fmt.Println("semaphore empty:", len(sem) == 0, cap(sem))
}
