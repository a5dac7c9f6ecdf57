// Timeouts with select and time.After: a slow result loses to the timeout, a
// fast one wins; a timer's channel delivers exactly once.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case r := <-slow(200*time.Millisecond, "slow"):
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case r := <-slow(time.Millisecond, "fast"):
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timeout 2")
	}
	start := time.Now()
	t := <-time.After(15 * time.Millisecond)
	fmt.Println("waited at least 15ms:", t.Sub(start) >= 15*time.Millisecond, time.Since(start) >= 15*time.Millisecond)
	timer := time.NewTimer(10 * time.Millisecond)
	<-timer.C
	select {
	case <-timer.C:
		fmt.Println("second value")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("fired once")
	}
}
