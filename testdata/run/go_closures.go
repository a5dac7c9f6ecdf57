// check: sorted
// Function literals launched as goroutines: capturing by reference, passing
// copies as arguments, and nested goroutines.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	id  int
	val int
}

func main() {
	var wg sync.WaitGroup

	// Each goroutine gets its own copy of i as an argument.
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Println("arg", n, n*n)
		}(i)
	}
	wg.Wait()

	// Captured by reference: all goroutines see the final value, written
	// before they start (Add/Wait ordering makes this race-free).
	shared := 0
	var start sync.WaitGroup
	start.Add(1)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			start.Wait()
			fmt.Println("shared seen by", id, "is", shared)
		}(i)
	}
	shared = 42
	start.Done()
	wg.Wait()

	// Goroutines starting goroutines, writing into their own structs.
	var r1, r2 result
	wg.Add(1)
	go func() {
		defer wg.Done()
		wg.Add(2)
		go func(r *result) {
			defer wg.Done()
			r.id = 1
			r.val = 100
		}(&r1)
		go func(r *result) {
			defer wg.Done()
			r.id = 2
			r.val = 200
		}(&r2)
	}()
	wg.Wait()
	fmt.Println("nested", r1.id, r1.val, r2.id, r2.val)
}
