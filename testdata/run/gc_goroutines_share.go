// Many goroutines on several workers allocate linked lists while others walk
// lists made by other goroutines in the previous round; pointers pass between
// goroutines through a shared slice, rounds are separated by WaitGroup.Wait.
// Garbage piles up between rounds, so the collector runs while lists are held
// only by goroutines that are parked or by the shared slice.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type cell struct {
	next *cell
	val  int
	tag  string
}

func build(n, seed int) *cell {
	var head *cell
	for i := 0; i < n; i++ {
		head = &cell{next: head, val: seed + i, tag: fmt.Sprint("c", i%10)}
		_ = make([]int, 8) // garbage
	}
	return head
}

func sum(c *cell) int {
	s := 0
	for ; c != nil; c = c.next {
		s += c.val + len(c.tag)
	}
	return s
}

func expect(n, seed int) int {
	return n*seed + n*(n-1)/2 + 2*n
}

func main() {
	const workers, rounds, length = 8, 20, 2000
	lists := make([]*cell, workers)
	seeds := make([]int, workers)
	for w := range lists {
		seeds[w] = w * 7
		lists[w] = build(length, seeds[w])
	}
	bad := 0
	for r := 0; r < rounds; r++ {
		var wg sync.WaitGroup
		next := make([]*cell, workers)
		nextSeeds := make([]int, workers)
		ok := make([]bool, workers)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				from := (w + 1) % workers
				mine := lists[from] // made by another goroutine
				fresh := build(length, r*100+w)
				runtime.Gosched()
				ok[w] = sum(mine) == expect(length, seeds[from]) &&
					sum(fresh) == expect(length, r*100+w)
				if r%2 == 0 {
					next[w], nextSeeds[w] = fresh, r*100+w
				} else {
					next[w], nextSeeds[w] = mine, seeds[from]
				}
			}(w)
		}
		wg.Wait()
		for w := range ok {
			if !ok[w] {
				bad++
			}
		}
		lists, seeds = next, nextSeeds
	}
	total := 0
	for _, l := range lists {
		total += sum(l)
	}
	fmt.Println("bad:", bad, "total:", total)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("collected:", m.NumGC > 0)
}
