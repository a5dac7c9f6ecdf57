// Rate limiting with time.Tick and a bursty limiter built from a buffered
// channel refilled by a ticker. Only ordering and counts are printed; the
// elapsed times are checked against generous bounds.
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

	limiter := time.Tick(20 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	el := time.Since(start)
	fmt.Println("steady took at least 90ms:", el >= 90*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	ticker := time.NewTicker(100 * time.Millisecond)
	stop := make(chan bool)
	go func() {
		for {
			select {
			case t := <-ticker.C:
				select {
				case bursty <- t:
				default:
				}
			case <-stop:
				ticker.Stop()
				stop <- true
				return
			}
		}
	}()
	burstReqs := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstReqs <- i
	}
	close(burstReqs)
	start = time.Now()
	var stamps []time.Duration
	for req := range burstReqs {
		<-bursty
		stamps = append(stamps, time.Since(start))
		fmt.Println("bursty request", req)
	}
	fmt.Println("first three immediate:", stamps[2] < 60*time.Millisecond)
	fmt.Println("last two waited:", stamps[4] >= 150*time.Millisecond)
	stop <- true
	<-stop
	fmt.Println("ticker stopped")
}
