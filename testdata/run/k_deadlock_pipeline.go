// A pipeline whose last stage forgets to close its output: main's range
// loop blocks after the last value while the stage goroutines have all
// exited, so the runtime reports a deadlock with main blocked in chan receive.
package main

import "fmt"

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- f(v)
		}
		// bug: no close(out)
	}()
	return out
}

func main() {
	src := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			src <- i
		}
		close(src)
	}()
	out := stage(stage(src, func(x int) int { return x * 10 }), func(x int) int { return x + 1 })
	for v := range out {
		fmt.Println(v)
	}
	fmt.Println("done")
}
