// bench: gomaxprocs 1,2
// Benchmark: two CPU-bound goroutines (30M loop iterations each) joined by a
// WaitGroup. Timed under GOMAXPROCS=1 and 2: with 2 workers the wall time
// should approach half. Runs unchanged under `go run`.
package main

import (
	"fmt"
	"sync"
)

func spin(seed int, out *int) {
	x := seed
	s := 0
	for i := 0; i < 30000000; i++ {
		x = x*3 + i
		s += x & 255
	}
	*out = s
}

func main() {
	var wg sync.WaitGroup
	var a, b int
	wg.Add(2)
	go func() {
		defer wg.Done()
		spin(1, &a)
	}()
	go func() {
		defer wg.Done()
		spin(2, &b)
	}()
	wg.Wait()
	fmt.Println(a, b)
}
