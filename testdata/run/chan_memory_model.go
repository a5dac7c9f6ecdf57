// gomaxprocs: 1,2,4,8
// The happens-before edges of Go's memory model: a write before a send is seen
// after the matching receive; a close is seen by receivers of the zero value;
// the k-th receive on a channel of capacity C happens before the (k+C)-th send
// completes; Mutex Unlock before Lock, WaitGroup Done before Wait returns, Once,
// and atomics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type msg struct {
	data [4]int
}

func main() {
	// Message passing: plain writes published by a send.
	bad := 0
	for round := 0; round < 200; round++ {
		var shared [8]int
		c := make(chan bool)
		go func() {
			for i := range shared {
				shared[i] = round + i
			}
			c <- true
		}()
		<-c
		for i := range shared {
			if shared[i] != round+i {
				bad++
			}
		}
	}
	fmt.Println("send/receive:", bad)

	// Close publishes too.
	bad = 0
	for round := 0; round < 200; round++ {
		var s string
		done := make(chan struct{})
		go func() {
			s = "hello, world"
			close(done)
		}()
		<-done
		if s != "hello, world" {
			bad++
		}
	}
	fmt.Println("close:", bad)

	// A buffered channel as a semaphore limits in-flight work.
	limit := make(chan int, 2)
	var inflight, worst int32
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			limit <- 1
			n := atomic.AddInt32(&inflight, 1)
			for {
				w := atomic.LoadInt32(&worst)
				if n <= w || atomic.CompareAndSwapInt32(&worst, w, n) {
					break
				}
			}
			atomic.AddInt32(&inflight, -1)
			<-limit
		}()
	}
	wg.Wait()
	fmt.Println("in flight at most 2:", worst <= 2)

	// Mutex: increments under the lock are never lost.
	var mu sync.Mutex
	counter := 0
	var wg2 sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println("mutex counter:", counter)

	// Pointers to structs handed over through a channel.
	ch := make(chan *msg, 16)
	sum := make(chan int)
	go func() {
		s := 0
		for m := range ch {
			s += m.data[0] + m.data[1] + m.data[2] + m.data[3]
		}
		sum <- s
	}()
	for i := 0; i < 1000; i++ {
		m := &msg{}
		m.data = [4]int{i, i, i, i}
		ch <- m
	}
	close(ch)
	fmt.Println("struct sum:", <-sum)

	// Atomics publish plain writes (a flag released after the data).
	var ready int32
	var payload int
	go func() {
		payload = 42
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
	}
	fmt.Println("atomic flag:", payload)
}
