// Stateful goroutine: one goroutine owns a map, others read and write it by
// sending requests carrying their own reply channels.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	quit := make(chan struct{})
	final := make(chan map[int]int)
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case <-quit:
				final <- state
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for r := 0; r < 10; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				read := readOp{key: i % 5, resp: make(chan int)}
				reads <- read
				<-read.resp
				atomic.AddUint64(&readOps, 1)
			}
		}()
	}
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				write := writeOp{key: i % 5, val: w + 1, resp: make(chan bool)}
				writes <- write
				<-write.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}(w)
	}
	wg.Wait()
	close(quit)
	state := <-final
	fmt.Println("readOps:", atomic.LoadUint64(&readOps))
	fmt.Println("writeOps:", atomic.LoadUint64(&writeOps))
	for k := 0; k < 5; k++ {
		fmt.Println(k, state[k])
	}
}
