// When main returns the program ends, even though other goroutines are
// still running or blocked: no deadlock error, exit code 0, and their
// deferred calls never run.
package main

import (
	"fmt"
	"time"
)

func spinner(stop <-chan struct{}) {
	defer fmt.Println("spinner deferred (never printed)")
	for {
		select {
		case <-stop:
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
}

func blocked(ch chan int) {
	defer fmt.Println("blocked deferred (never printed)")
	<-ch
}

func main() {
	stop := make(chan struct{})
	go spinner(stop)
	for i := 0; i < 5; i++ {
		go blocked(make(chan int))
	}
	var forever chan int
	go func() { forever <- 1 }()
	go func() {
		for {
			time.Sleep(time.Hour)
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done; leaving goroutines behind")
}
