// Closing a channel broadcasts to every receiver: many goroutines wait on one
// `done` channel and all of them proceed when it is closed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	started := make(chan int)
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			started <- i
			<-done
			_, ok := <-done
			if !ok {
				results[i] = i * 10
			}
		}(i)
	}
	for i := 0; i < 20; i++ {
		<-started
	}
	close(done)
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("all released, sum", sum)
	v, ok := <-done
	fmt.Println(v, ok)
}
