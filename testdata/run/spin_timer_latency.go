// With GOMAXPROCS(1) and two spinning goroutines, a sleeping main must wake up
// in reasonable time (a bound generous enough for a loaded 2-core CI machine
// running many tests at once; bench/ measures the real latency).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	go func() {
		for {
			runtime.Gosched()
		}
	}()
	for i := 0; i < 5; i++ {
		start := time.Now()
		time.Sleep(20 * time.Millisecond)
		late := time.Since(start)
		fmt.Println("tick", i, late >= 20*time.Millisecond, late < 5*time.Second)
	}
}
