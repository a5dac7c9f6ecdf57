// select loops that merge two channels and disable a case by setting its
// channel to nil once closed; default cases; timeouts with time.After.
package main

import (
	"fmt"
	"time"
)

func produce(name string, n int, delay time.Duration) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			time.Sleep(delay)
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func main() {
	a := produce("a", 3, time.Millisecond)
	b := produce("b", 5, time.Millisecond)
	counts := map[string]int{}
	closedOrder := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closedOrder++
				continue
			}
			counts["a"]++
			_ = v
		case v, ok := <-b:
			if !ok {
				b = nil
				closedOrder++
				continue
			}
			counts["b"]++
			_ = v
		}
	}
	fmt.Println("merged:", counts, "closed:", closedOrder)

	// Non-blocking send and receive.
	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}

	// A select with only nil channels and a default always takes the default.
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible send")
	case <-nilc:
		fmt.Println("impossible recv")
	default:
		fmt.Println("nil channels never ready")
	}

	// Timeout.
	slow := make(chan int)
	go func() {
		time.Sleep(2 * time.Second)
		select {
		case slow <- 1:
		default:
		}
	}()
	select {
	case <-slow:
		fmt.Println("fast?")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timed out")
	}

	// Closed channel is always ready in select.
	closed := make(chan struct{})
	close(closed)
	n := 0
	for i := 0; i < 100; i++ {
		select {
		case <-closed:
			n++
		default:
		}
	}
	fmt.Println("closed ready:", n)

	// for-select with a label and break.
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(300 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
			if ticks == 3 {
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks:", ticks)
}
