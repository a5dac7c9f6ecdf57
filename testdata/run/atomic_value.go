// atomic.Value: load before any store is nil; stores of one type, swaps and
// compare-and-swap; a configuration published to readers.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	fmt.Println(v.Load().(config).name)
	old := v.Swap(config{"b", 2})
	fmt.Println(old.(config).version, v.Load().(config).version)
	fmt.Println(v.CompareAndSwap(config{"a", 1}, config{"c", 3}))
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}))
	fmt.Println(v.Load())

	var current atomic.Value
	current.Store(0)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				cur := current.Load().(int)
				if cur >= 1000 {
					return
				}
				current.CompareAndSwap(cur, cur+1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(current.Load())
}
