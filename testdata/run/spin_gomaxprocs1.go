// With one worker thread, goroutines spinning in `for {}` must not stop main
// from sleeping, printing and exiting (preemption).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func spin() {
	for {
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 3; i++ {
		go spin()
	}
	go func() {
		x := 0
		for {
			x++
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
