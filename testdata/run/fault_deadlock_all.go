// Every goroutine is blocked (main on one WaitGroup, the workers on another)
// and no timer is pending: Go's deadlock error, exit code 2.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var never, done sync.WaitGroup
	never.Add(1)
	for i := 0; i < 3; i++ {
		done.Add(1)
		go func() {
			never.Wait()
			done.Done()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main waits")
	done.Wait()
}
