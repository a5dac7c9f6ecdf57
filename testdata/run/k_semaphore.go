// Semaphores from buffered channels: bounding concurrent downloads, a
// weighted semaphore with sync.Cond, TryLock on mutexes, and a try-acquire
// with select/default.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Weighted struct {
	mu   sync.Mutex
	cond *sync.Cond
	size int64
	cur  int64
}

func NewWeighted(n int64) *Weighted {
	w := &Weighted{size: n}
	w.cond = sync.NewCond(&w.mu)
	return w
}

func (w *Weighted) Acquire(n int64) {
	w.mu.Lock()
	for w.cur+n > w.size {
		w.cond.Wait()
	}
	w.cur += n
	w.mu.Unlock()
}

func (w *Weighted) TryAcquire(n int64) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.cur+n > w.size {
		return false
	}
	w.cur += n
	return true
}

func (w *Weighted) Release(n int64) {
	w.mu.Lock()
	w.cur -= n
	if w.cur < 0 {
		w.mu.Unlock()
		panic("semaphore: released more than held")
	}
	w.mu.Unlock()
	w.cond.Broadcast()
}

func main() {
	sem := make(chan struct{}, 3)
	var inFlight, peak int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	var done []string
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&inFlight, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&inFlight, -1)
			mu.Lock()
			done = append(done, fmt.Sprintf("file%02d", i))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Strings(done)
	fmt.Println(len(done), done[0], done[11], "peak<=3:", peak <= 3)

	// Try-acquire without blocking.
	tokens := make(chan struct{}, 1)
	try := func() bool {
		select {
		case tokens <- struct{}{}:
			return true
		default:
			return false
		}
	}
	fmt.Println("try:", try(), try())
	<-tokens
	fmt.Println("try after release:", try())

	w := NewWeighted(10)
	w.Acquire(7)
	fmt.Println("try 4:", w.TryAcquire(4), "try 3:", w.TryAcquire(3))
	got := make(chan bool)
	go func() {
		w.Acquire(5)
		got <- true
	}()
	select {
	case <-got:
		fmt.Println("acquired too early")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("big acquire waits")
	}
	w.Release(7)
	<-got
	fmt.Println("big acquire done, cur =", w.cur)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		w.Release(100)
	}()

	var m sync.Mutex
	fmt.Println("TryLock free:", m.TryLock())
	fmt.Println("TryLock held:", m.TryLock())
	m.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryRLock with reader:", rw.TryRLock(), "TryLock with reader:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free rw:", rw.TryLock(), "TryRLock with writer:", rw.TryRLock())
	rw.Unlock()
}
