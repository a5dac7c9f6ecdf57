// sync.Cond: a start barrier released with Broadcast, a bounded queue using
// Signal for producers and consumers, and Wait in a for-loop.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
	closed   bool
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	// Barrier: all runners wait until the gun fires.
	var mu sync.Mutex
	start := sync.NewCond(&mu)
	ready := 0
	fired := false
	var wg sync.WaitGroup
	order := make(chan int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			ready++
			for !fired {
				start.Wait()
			}
			mu.Unlock()
			order <- i
		}(i)
	}
	for {
		mu.Lock()
		if ready == 8 {
			fired = true
			mu.Unlock()
			break
		}
		mu.Unlock()
	}
	start.Broadcast()
	wg.Wait()
	close(order)
	var got []int
	for i := range order {
		got = append(got, i)
	}
	sort.Ints(got)
	fmt.Println("runners:", got)

	q := NewQueue(2)
	var cons sync.WaitGroup
	sums := make([]int, 3)
	for c := 0; c < 3; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[c] += v
			}
		}(c)
	}
	var prods sync.WaitGroup
	for p := 0; p < 4; p++ {
		prods.Add(1)
		go func(p int) {
			defer prods.Done()
			for i := 1; i <= 25; i++ {
				q.Put(p*100 + i)
			}
		}(p)
	}
	prods.Wait()
	q.Close()
	cons.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("total:", total)
	v, ok := q.Get()
	fmt.Println("after close:", v, ok)
}
