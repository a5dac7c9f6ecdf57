// Goroutine leak detection with runtime.NumGoroutine: a leaky search that
// abandons its workers, the fixed version using a buffered channel, and a
// done channel to stop a generator. Counts settle after the goroutines exit.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func settle(want int) int {
	for i := 0; i < 200; i++ {
		if runtime.NumGoroutine() == want {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	return runtime.NumGoroutine()
}

// first returns the first result; the other senders block forever (leak).
func firstLeaky(queries []string) string {
	ch := make(chan string)
	for _, q := range queries {
		go func(q string) { ch <- "result for " + q }(q)
	}
	return <-ch
}

// firstFixed gives every sender room, so they all finish.
func firstFixed(queries []string) string {
	ch := make(chan string, len(queries))
	for _, q := range queries {
		go func(q string) { ch <- "result for " + q }(q)
	}
	return <-ch
}

func counter(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println("base:", base)
	qs := []string{"go", "rust", "zig", "c"}
	r := firstLeaky(qs)
	fmt.Println("leaky got a result:", len(r) > 0)
	fmt.Println("leaked:", settle(base+3)-base)

	base2 := runtime.NumGoroutine()
	r = firstFixed(qs)
	fmt.Println("fixed got a result:", len(r) > 0)
	fmt.Println("leaked after fix:", settle(base2)-base2)

	done := make(chan struct{})
	c := counter(done)
	sum := 0
	for v := range c {
		sum += v
		if v == 9 {
			break
		}
	}
	fmt.Println("sum:", sum, "running:", runtime.NumGoroutine()-base2)
	close(done)
	fmt.Println("after done:", settle(base2)-base2)
	// Draining after close: the generator closed out.
	n := 0
	for range c {
		n++
	}
	fmt.Println("extra values after done <= 1:", n <= 1)

	// Many short-lived goroutines all exit.
	finished := make(chan bool)
	for i := 0; i < 1000; i++ {
		go func() { finished <- true }()
	}
	for i := 0; i < 1000; i++ {
		<-finished
	}
	fmt.Println("after 1000:", settle(base2)-base2)
}
