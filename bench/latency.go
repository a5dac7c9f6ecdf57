// bench: gomaxprocs 1,2
// bench: compare line-count
// Benchmark: timer wake-up latency under load. 2*GOMAXPROCS goroutines spin on
// CPU-bound work while main sleeps time.Millisecond 200 times and measures how
// much longer than 1 ms each sleep took. Prints the p50 and p99 oversleep in
// microseconds (values differ between runs and implementations: the runner
// compares only the number of output lines). Issue 3 goal: p99 under 2 ms
// (Go 1.19 here: about 50 ms). Runs unchanged under `go run`.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

var (
	mu   sync.Mutex
	stop bool
)

func stopped() bool {
	mu.Lock()
	s := stop
	mu.Unlock()
	return s
}

// spin does integer work, checking the stop flag every 100,000 iterations, and
// returns a value so that the loop is not dead code.
func spin(seed int) int {
	x := seed
	for {
		for i := 0; i < 100000; i++ {
			x = x*3 + i
		}
		if stopped() {
			return x
		}
	}
}

func main() {
	const samples = 200
	spinners := 2 * runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	results := make([]int, spinners)
	wg.Add(spinners)
	for g := 0; g < spinners; g++ {
		g := g
		go func() {
			defer wg.Done()
			results[g] = spin(g)
		}()
	}
	over := make([]int64, samples)
	for i := 0; i < samples; i++ {
		t := time.Now()
		time.Sleep(time.Millisecond)
		over[i] = int64(time.Since(t) - time.Millisecond)
	}
	mu.Lock()
	stop = true
	mu.Unlock()
	wg.Wait()
	// Insertion sort (no sort package needed).
	for i := 1; i < samples; i++ {
		v := over[i]
		j := i - 1
		for j >= 0 && over[j] > v {
			over[j+1] = over[j]
			j--
		}
		over[j+1] = v
	}
	fmt.Printf("spinners %d, samples %d\n", spinners, samples)
	fmt.Printf("p50 oversleep %dus\n", over[samples/2]/1000)
	fmt.Printf("p99 oversleep %dus\n", over[samples*99/100]/1000)
	fmt.Printf("max oversleep %dus\n", over[samples-1]/1000)
}
