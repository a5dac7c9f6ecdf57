// repeat: 3
// Thousands of goroutines start and finish on every worker (some still
// returning when main counts them), then every goroutine blocks: the deadlock
// must still be reported, and NumGoroutine must count exactly the live ones.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for round := 0; round < 5; round++ {
		for i := 0; i < 2000; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				mu.Lock()
				total += i
				mu.Unlock()
			}(i)
		}
		wg.Wait()
	}
	fmt.Println("total", total)

	// Ten goroutines blocked on a channel: 11 alive with main.
	block := make(chan int)
	started := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	// (Goroutines of the last round may still be returning after wg.Done:
	// wait for them, as the count is only eventually exact, in Go too.)
	for i := 0; i < 1000 && runtime.NumGoroutine() != 11; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("alive", runtime.NumGoroutine())

	// Now main blocks too: nobody can ever run again.
	var never sync.WaitGroup
	never.Add(1)
	never.Wait()
}
