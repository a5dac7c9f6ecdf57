// Rate limiting with a ticker: requests are served at most one per tick; a
// bursty limiter allows 3 at once. Timings are checked, not printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	tick := time.NewTicker(10 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-tick.C
		fmt.Println("request", req)
	}
	tick.Stop()
	fmt.Println("took at least 50ms:", time.Since(start) >= 50*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(10 * time.Millisecond) {
			bursty <- t
		}
	}()
	burst := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burst <- i
	}
	close(burst)
	start = time.Now()
	first3 := time.Duration(0)
	for req := range burst {
		<-bursty
		if req == 3 {
			first3 = time.Since(start)
		}
		fmt.Println("burst request", req)
	}
	fmt.Println("first 3 at once:", first3 < 10*time.Millisecond)
	fmt.Println("the rest waited:", time.Since(start) >= 10*time.Millisecond)

	// Reset and Stop of tickers.
	t := time.NewTicker(time.Hour)
	t.Reset(5 * time.Millisecond)
	<-t.C
	t.Stop()
	select {
	case <-t.C:
		fmt.Println("tick after stop")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped")
	}
}
