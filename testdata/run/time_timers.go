// gomaxprocs: 1,2,4
// time.Timer, AfterFunc and Stop: a stopped timer never fires, AfterFunc runs in
// its own goroutine, Stop reports whether it stopped the timer.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	t1 := time.NewTimer(20 * time.Millisecond)
	<-t1.C
	fmt.Println("timer 1 fired")

	t2 := time.NewTimer(time.Hour)
	fmt.Println("timer 2 stopped:", t2.Stop())
	fmt.Println("stopped again:", t2.Stop())

	var wg sync.WaitGroup
	wg.Add(1)
	start := time.Now()
	time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("after func ran, late enough:", time.Since(start) >= 10*time.Millisecond)
		wg.Done()
	})
	wg.Wait()

	ran := false
	t3 := time.AfterFunc(time.Hour, func() { ran = true })
	fmt.Println("after func stopped:", t3.Stop(), ran)

	t4 := time.NewTimer(time.Hour)
	t4.Reset(5 * time.Millisecond)
	<-t4.C
	fmt.Println("reset timer fired")

	// Many timers fire in deadline order.
	out := make(chan int, 5)
	// (gaps of 40 ms: callbacks run in their own goroutines, so only timers far
	// enough apart are ordered even on a loaded machine)
	for _, d := range []int{200, 40, 160, 80, 120} {
		d := d
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() { out <- d })
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
}
