// RWMutex: readers share the lock, a writer excludes everyone, and a waiting
// writer is not starved by a stream of readers.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var rw sync.RWMutex
	var readers, maxReaders int32
	data := 0
	var wg sync.WaitGroup
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				rw.RLock()
				n := atomic.AddInt32(&readers, 1)
				for {
					m := atomic.LoadInt32(&maxReaders)
					if n <= m || atomic.CompareAndSwapInt32(&maxReaders, m, n) {
						break
					}
				}
				_ = data
				time.Sleep(100 * time.Microsecond)
				atomic.AddInt32(&readers, -1)
				rw.RUnlock()
			}
		}()
	}
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				rw.Lock()
				if atomic.LoadInt32(&readers) != 0 {
					panic("writer with readers")
				}
				data++
				rw.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("data:", data, "readers overlapped:", maxReaders >= 1)

	// A writer waiting for a reader blocks newer readers.
	rw.RLock()
	writerDone := make(chan bool)
	go func() {
		rw.Lock()
		writerDone <- true
		rw.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("new reader while a writer waits:", rw.TryRLock())
	rw.RUnlock()
	fmt.Println("writer got in:", <-writerDone)
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryLock())
	l.Unlock()
	fmt.Println(rw.TryLock())
}
