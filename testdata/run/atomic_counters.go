// Atomic counters: 50 goroutines add 1000 times each with the functions and
// with the atomic types; compare-and-swap loops and swaps.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops uint64
	var i32 int32
	var n atomic.Int64
	var u atomic.Uint32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				atomic.AddUint64(&ops, 1)
				atomic.AddInt32(&i32, -1)
				n.Add(2)
				u.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadUint64(&ops), i32, n.Load(), u.Load())

	var max int64
	var wg2 sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg2.Add(1)
		go func(v int64) {
			defer wg2.Done()
			for {
				old := atomic.LoadInt64(&max)
				if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
					return
				}
			}
		}(int64(i * 7))
	}
	wg2.Wait()
	fmt.Println("max:", max)

	var x int32 = 5
	fmt.Println(atomic.SwapInt32(&x, 9), x)
	fmt.Println(atomic.CompareAndSwapInt32(&x, 5, 1), atomic.CompareAndSwapInt32(&x, 9, 1), x)
	var y uint32
	atomic.AddUint32(&y, ^uint32(0))
	fmt.Println(y)
	atomic.StoreUint64(&ops, 1<<63)
	fmt.Println(atomic.LoadUint64(&ops))
	var z int64 = -1
	fmt.Println(atomic.AddInt64(&z, -(1 << 62)))

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(true, false), b.Load())
	var i atomic.Int32
	i.Store(-4)
	fmt.Println(i.Load(), i.Swap(3), i.CompareAndSwap(3, 8), i.Load())
	var u64 atomic.Uint64
	u64.Store(10)
	fmt.Println(u64.Add(5), u64.Swap(1), u64.Load())
}
