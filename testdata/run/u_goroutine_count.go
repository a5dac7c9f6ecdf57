package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	release := false
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				r := release
				mu.Unlock()
				if r {
					break
				}
				time.Sleep(time.Millisecond)
			}
			mu.Lock()
			finished++
			mu.Unlock()
		}()
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("running:", runtime.NumGoroutine())
	mu.Lock()
	release = true
	mu.Unlock()
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("finished:", finished, "left:", runtime.NumGoroutine())
}
