// Benchmark: 1,000,000 round trips between two goroutines (main and an echo
// goroutine) over two unbuffered channels (ping carries the count out, pong
// carries it back incremented): channel hand-off and park/wake latency.
// Issue 3 goal: within 2x of Go. Runs unchanged under `go run`.
package main

import "fmt"

func main() {
	const n = 1000000
	ping := make(chan int)
	pong := make(chan int)
	// The echo goroutine; main is the other end.
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(v, ok)
}
