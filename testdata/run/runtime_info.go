// runtime.NumCPU, GOMAXPROCS (query and set), NumGoroutine, Gosched.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("cpus >= 1:", runtime.NumCPU() >= 1)
	fmt.Println("procs >= 1:", runtime.GOMAXPROCS(0) >= 1)
	runtime.GOMAXPROCS(3)
	fmt.Println("procs now:", runtime.GOMAXPROCS(0))
	prev := runtime.GOMAXPROCS(2)
	fmt.Println("previous:", prev, "now:", runtime.GOMAXPROCS(0))

	var started, release, finished sync.WaitGroup
	started.Add(4)
	release.Add(1)
	finished.Add(4)
	for i := 0; i < 4; i++ {
		go func() {
			started.Done()
			release.Wait()
			finished.Done()
		}()
	}
	started.Wait()
	fmt.Println("goroutines while blocked:", runtime.NumGoroutine())
	release.Done()
	finished.Wait()
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
	fmt.Println("gosched ok")
}
