// With GOMAXPROCS(1), runtime.Gosched hands the processor to the other
// runnable goroutines: ping-pong printing alternates, and a goroutine
// spinning without calls is preempted so the others still make progress.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous >= 1:", prev >= 1, "now:", runtime.GOMAXPROCS(0))

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			fmt.Println("goroutine", i)
			runtime.Gosched()
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	wg.Wait()

	// A tight loop does not starve main (asynchronous preemption).
	var stop atomic.Bool
	var spins int64
	go func() {
		for !stop.Load() {
			spins++
		}
	}()
	time.Sleep(20 * time.Millisecond)
	stop.Store(true)
	fmt.Println("main ran while spinner spun")

	// A goroutine that loops forever on pure arithmetic.
	go func() {
		x := 0
		for {
			x = x*31 + 7
		}
	}()
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- true
	}()
	<-done
	fmt.Println("sleeper finished despite busy loop")

	// Unbuffered handoff: the receiver sees every write made before the send.
	data := make([]int, 0)
	ready := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			data = append(data, i*i)
		}
		ready <- struct{}{}
	}()
	<-ready
	fmt.Println("data:", data)
}
