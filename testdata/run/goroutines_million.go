// timeout: 120
// One million goroutines, each doing a little work and calling wg.Done.
package main

import (
	"fmt"
	"sync"
)

func work(n int, wg *sync.WaitGroup) {
	x := n
	for i := 0; i < 3; i++ {
		x = x*31 + i
	}
	_ = x
	wg.Done()
}

func main() {
	const n = 1000000
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go work(i, &wg)
	}
	wg.Wait()
	fmt.Println("all", n, "goroutines done")
}
