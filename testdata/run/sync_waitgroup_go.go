// gomaxprocs: 1,2,4
// WaitGroup.Go (Go 1.25) starts f in a goroutine counted by the group; Wait
// returns after every such f returned. Expected output reasoned from the Go 1.25
// documentation (Go 1.19 has no WaitGroup.Go): the results are collected by index,
// so the output does not depend on scheduling.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 10)
	for i := 0; i < 10; i++ {
		i := i
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(squares)

	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		n := i
		wg.Go(func() {
			mu.Lock()
			total += n
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(total)
}
