package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			results[i] = i * i
			mu.Lock()
			active--
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("results:", results)
	fmt.Println("max concurrent <= 3:", maxActive <= 3, "active now:", active)

	// ping-pong over unbuffered channels
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("ping-pong:", v, ok)

	// collect errors from goroutines
	errc := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func(i int) {
			if i%2 == 1 {
				errc <- fmt.Errorf("task %d failed", i)
				return
			}
			errc <- nil
		}(i)
	}
	nerr := 0
	for i := 0; i < 4; i++ {
		if err := <-errc; err != nil {
			nerr++
		}
	}
	fmt.Println("errors:", nerr)
}
