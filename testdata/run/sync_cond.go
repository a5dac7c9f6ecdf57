// Producer/consumer over a bounded queue guarded by a Mutex with two Conds;
// Broadcast releases every waiter.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func newQueue(n int) *queue {
	q := &queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(4)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 1; i <= 250; i++ {
				q.put(i)
			}
		}(p)
	}
	sums := make(chan int)
	for c := 0; c < 2; c++ {
		go func() {
			s := 0
			for i := 0; i < 500; i++ {
				s += q.get()
			}
			sums <- s
		}()
	}
	wg.Wait()
	fmt.Println("total:", <-sums+<-sums)

	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var waiting sync.WaitGroup
	var done sync.WaitGroup
	woken := 0
	for i := 0; i < 10; i++ {
		waiting.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			mu.Lock()
			waiting.Done()
			for !ready {
				c.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	waiting.Wait()
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	done.Wait()
	fmt.Println("woken:", woken)
	c.Signal()
	c.Broadcast()
	fmt.Println("signal without waiters is fine")
}
