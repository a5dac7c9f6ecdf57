// Two goroutines each waiting in a select on channels only the other
// would serve, plus main waiting on a mutex held by a parked goroutine:
// every goroutine is blocked, so Go reports "all goroutines are asleep".
// Go 1.19 names main's state [semacquire]; Go 1.20 and later print
// [sync.Mutex.Lock], which the expectation follows (as fault_deadlock_mutex).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	a, b := make(chan int), make(chan int)
	ready := make(chan bool)
	go func() {
		mu.Lock()
		ready <- true
		select {
		case <-a:
		case b <- 1:
		}
		mu.Unlock()
	}()
	go func() {
		select {
		case <-b:
		case a <- 1:
		}
		// resolves with the first goroutine, then waits forever
		select {
		case <-a:
		case <-b:
		}
	}()
	<-ready
	fmt.Println("worker holds the lock")
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	fmt.Println("got lock")
	mu.Lock()
	fmt.Println("unreachable")
}
