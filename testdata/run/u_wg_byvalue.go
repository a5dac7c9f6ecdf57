package main

import (
	"fmt"
	"sync"
)

// A classic mistake: the WaitGroup is copied into each worker, so main's
// Wait never sees the Done calls.
func worker(id int, wg sync.WaitGroup, out []int) {
	defer wg.Done()
	out[id] = id * id
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, wg, out)
	}
	wg.Wait()
	fmt.Println(out)
}
