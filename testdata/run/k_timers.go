// time.AfterFunc, Timer.Stop/Reset return values in the cases where Go 1.19
// and later agree (stopping a pending timer, stopping twice, resetting a
// stopped or already received timer), a ticker that is stopped, and a
// debouncer built on Reset.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Debouncer struct {
	mu    sync.Mutex
	t     *time.Timer
	fires int
	done  chan struct{}
}

func (d *Debouncer) Trigger(wait time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.t == nil {
		d.t = time.AfterFunc(wait, func() {
			d.mu.Lock()
			d.fires++
			d.mu.Unlock()
			d.done <- struct{}{}
		})
		return
	}
	d.t.Reset(wait)
}

func main() {
	// AfterFunc runs f in its own goroutine.
	ran := make(chan string, 1)
	t := time.AfterFunc(10*time.Millisecond, func() { ran <- "afterfunc ran" })
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", t.Stop())

	// Stopping a pending AfterFunc prevents it.
	never := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop pending:", never.Stop())
	fmt.Println("stop again:", never.Stop())

	// A pending Timer: Stop reports true; after receiving, Stop reports false.
	tm := time.NewTimer(time.Hour)
	fmt.Println("timer stop:", tm.Stop())
	tm2 := time.NewTimer(5 * time.Millisecond)
	<-tm2.C
	fmt.Println("stop after receive:", tm2.Stop())
	fmt.Println("reset after receive:", tm2.Reset(5*time.Millisecond))
	<-tm2.C
	fmt.Println("received again")
	fmt.Println("reset stopped:", tm.Reset(5*time.Millisecond))
	v := <-tm.C
	fmt.Println("value is non-zero time:", !v.IsZero())

	// Reset on a pending timer pushes it back.
	start := time.Now()
	tm3 := time.NewTimer(40 * time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("reset pending:", tm3.Reset(80*time.Millisecond))
	<-tm3.C
	fmt.Println("pushed back:", time.Since(start) >= 85*time.Millisecond)

	// Debounce: many triggers in quick succession fire once.
	d := &Debouncer{done: make(chan struct{}, 4)}
	for i := 0; i < 10; i++ {
		d.Trigger(50 * time.Millisecond)
		time.Sleep(time.Millisecond)
	}
	<-d.done
	select {
	case <-d.done:
		fmt.Println("fired twice?")
	case <-time.After(100 * time.Millisecond):
	}
	fmt.Println("debounced fires:", d.fires)

	// A stopped ticker sends nothing more.
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	select {
	case <-tk.C:
		fmt.Println("tick after stop?")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("ticker stopped after", n, "ticks")
	}
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker reset works")

	// time.After in a loop with a result channel.
	res := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		res <- 42
	}()
	for i := 0; ; i++ {
		select {
		case r := <-res:
			fmt.Println("result", r, "polled at least once:", i > 0)
			return
		case <-time.After(time.Millisecond):
		}
	}
}
