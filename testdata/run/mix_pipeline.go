// A staged computation: a producer goroutine fills a linked list of work
// items, a pool of workers (each owning every k-th item) computes, and a
// reporter summarises; stages are joined with WaitGroups, progress counters
// are per worker, and elapsed time is checked (not printed) with time.Since.
package main

import (
	"fmt"
	"sync"
	"time"
)

type item struct {
	n      int
	result int
	next   *item
}

type worker struct {
	id        int
	processed int
	sum       int
}

func digitsSum(n int) int {
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func collatzLen(n int) int {
	steps := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func (w *worker) run(head *item, k int, wg *sync.WaitGroup) {
	defer wg.Done()
	idx := 0
	for it := head; it != nil; it = it.next {
		if idx%k == w.id {
			it.result = collatzLen(it.n) + digitsSum(it.n)
			w.processed++
			w.sum += it.result
		}
		idx++
	}
}

func main() {
	start := time.Now()
	const items = 3000
	var head *item
	var produced sync.WaitGroup
	produced.Add(1)
	go func() {
		defer produced.Done()
		for i := items; i >= 1; i-- {
			var it item
			it.n = i
			it.next = head
			head = &it
		}
	}()
	produced.Wait()

	var w0, w1, w2 worker
	w0.id, w1.id, w2.id = 0, 1, 2
	var wg sync.WaitGroup
	wg.Add(3)
	go w0.run(head, 3, &wg)
	go w1.run(head, 3, &wg)
	go w2.run(head, 3, &wg)
	wg.Wait()

	best, bestN, total, count := 0, 0, 0, 0
	for it := head; it != nil; it = it.next {
		total += it.result
		count++
		if it.result > best {
			best, bestN = it.result, it.n
		}
	}
	fmt.Printf("items %d, total %d\n", count, total)
	fmt.Printf("workers: %d/%d/%d items, sums agree: %t\n", w0.processed, w1.processed, w2.processed, w0.sum+w1.sum+w2.sum == total)
	fmt.Printf("largest score %d at n=%d\n", best, bestN)
	elapsed := time.Since(start)
	fmt.Println("finished in under a minute:", elapsed < time.Minute)
}
