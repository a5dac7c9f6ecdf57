// Fan-out to several workers reading one channel, fan-in of their outputs
// through a merge with a WaitGroup closing the merged channel.
package main

import (
	"fmt"
	"sync"
)

func producer(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for v := range c {
			out <- v
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := producer(1000)
	workers := make([]<-chan int, 8)
	for i := range workers {
		workers[i] = square(in)
	}
	sum, n := 0, 0
	for v := range merge(workers...) {
		sum += v
		n++
	}
	fmt.Println(n, sum)
}
