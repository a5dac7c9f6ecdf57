// Counters updated by many goroutines: atomic functions, atomic types
// (Go 1.19), a mutex, and a channel-owned counter all reach the same value;
// CompareAndSwap spin loops implement a max and a lock-free stack push.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	next *node
}

type Stack struct {
	head atomic.Pointer[node]
	n    atomic.Int32
}

func (s *Stack) Push(v int) {
	nd := &node{val: v}
	for {
		old := s.head.Load()
		nd.next = old
		if s.head.CompareAndSwap(old, nd) {
			s.n.Add(1)
			return
		}
		runtime.Gosched()
	}
}

func main() {
	const G, N = 8, 1000
	var a int64
	var ai atomic.Int64
	var au atomic.Uint32
	var mu sync.Mutex
	m := 0
	var maxSeen int64
	ops := make(chan int)
	owner := make(chan int)
	go func() {
		c := 0
		for d := range ops {
			c += d
		}
		owner <- c
	}()
	var wg sync.WaitGroup
	var st Stack
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < N; i++ {
				atomic.AddInt64(&a, 1)
				ai.Add(2)
				au.Add(1)
				mu.Lock()
				m++
				mu.Unlock()
				v := int64(g*N + i)
				for {
					cur := atomic.LoadInt64(&maxSeen)
					if v <= cur || atomic.CompareAndSwapInt64(&maxSeen, cur, v) {
						break
					}
				}
				if i%100 == 0 {
					ops <- 1
					st.Push(g*10 + i/100)
				}
			}
		}(g)
	}
	wg.Wait()
	close(ops)
	fmt.Println("atomic func:", atomic.LoadInt64(&a))
	fmt.Println("atomic.Int64:", ai.Load())
	fmt.Println("atomic.Uint32:", au.Load())
	fmt.Println("mutex:", m)
	fmt.Println("channel owner:", <-owner)
	fmt.Println("max:", maxSeen)
	fmt.Println("stack size:", st.n.Load())
	sum, count := 0, 0
	for p := st.head.Load(); p != nil; p = p.next {
		sum += p.val
		count++
	}
	fmt.Println("stack walk:", count, sum)

	var flag atomic.Bool
	fmt.Println("swap:", flag.Swap(true), flag.Load())
	fmt.Println("cas false->x:", flag.CompareAndSwap(false, false))
	var u atomic.Uint64
	u.Store(10)
	fmt.Println("uint64 sub via add:", u.Add(^uint64(0)))
	var v atomic.Value
	fmt.Println("empty value:", v.Load())
	v.Store([]string{"a", "b"})
	fmt.Println("value:", v.Load().([]string))
	old := v.Swap([]string{"c"})
	fmt.Println("swapped out:", old, v.Load())
	var i32 int32 = 5
	fmt.Println("swap int32:", atomic.SwapInt32(&i32, 9), i32)
}
