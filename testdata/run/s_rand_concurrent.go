package main

// The top-level math/rand functions are safe for concurrent use: workers draw
// from the shared source at the same time; every draw is in range and the
// total number of draws is exact. (Which worker gets which number depends on
// scheduling, so only properties are printed.)

import (
	"fmt"
	"math/rand"
	"sync"
)

func main() {
	const workers, draws = 8, 2000
	var wg sync.WaitGroup
	var mu sync.Mutex
	hist := make([]int, 10)
	bad := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]int, 10)
			localBad := 0
			for i := 0; i < draws; i++ {
				n := rand.Intn(10)
				if n < 0 || n >= 10 {
					localBad++
					continue
				}
				local[n]++
				if f := rand.Float64(); f < 0 || f >= 1 {
					localBad++
				}
				p := rand.Perm(5)
				seen := 0
				for _, v := range p {
					seen |= 1 << v
				}
				if seen != 31 {
					localBad++
				}
			}
			mu.Lock()
			for i, c := range local {
				hist[i] += c
			}
			bad += localBad
			mu.Unlock()
		}()
	}
	wg.Wait()
	total, min := 0, draws*workers
	for _, c := range hist {
		total += c
		if c < min {
			min = c
		}
	}
	fmt.Println("total:", total, "bad:", bad, "every digit drawn:", min > 1000)
	// the draws of all goroutines together are the first draws of the
	// source seeded with 1, in some order: Seed resets it for everyone
	rand.Seed(1)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Intn(100))
}
