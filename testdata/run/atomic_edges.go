// sync/atomic on integers (executed as single instructions): wrapping at the
// 32- and 64-bit limits, subtraction through Add with a negated delta, Swap and
// CompareAndSwap results, concurrent counters, and a nil pointer's panic.
package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&i32, 1), i32)
	fmt.Println(atomic.AddInt32(&i32, -1), atomic.LoadInt32(&i32))
	var u32 uint32 = math.MaxUint32
	fmt.Println(atomic.AddUint32(&u32, 2), u32)
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), u32)
	var i64 int64 = math.MaxInt64
	fmt.Println(atomic.AddInt64(&i64, 1))
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)))
	var up uintptr = 5
	fmt.Println(atomic.AddUintptr(&up, 3), atomic.SwapUintptr(&up, 1), up)
	fmt.Println(atomic.SwapInt32(&i32, -7), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 0, 1), atomic.CompareAndSwapInt32(&i32, -7, 9), i32)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, math.MaxUint64, 0), u64)
	atomic.StoreInt64(&i64, -1)
	atomic.StoreUint32(&u32, 77)
	fmt.Println(atomic.LoadInt64(&i64), atomic.LoadUint32(&u32))

	var n int64
	var c atomic.Int32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				atomic.AddInt64(&n, 2)
				c.Add(1)
				for {
					old := atomic.LoadInt64(&n)
					if atomic.CompareAndSwapInt64(&n, old, old-1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(n, c.Load())

	defer func() { fmt.Println("recovered:", recover()) }()
	var p *int32
	atomic.AddInt32(p, 1)
}
