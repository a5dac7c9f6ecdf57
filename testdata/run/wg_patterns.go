// check: sorted
// WaitGroup patterns: Add(n) up front, Add per goroutine, a WaitGroup inside a
// struct, waiting twice on the same WaitGroup, and a fan-in of results.
package main

import (
	"fmt"
	"sync"
)

type pool struct {
	wg    sync.WaitGroup
	name  string
	count int
}

func (p *pool) run(id int, out *int) {
	defer p.wg.Done()
	*out = id * 10
	fmt.Println(p.name, "task", id)
}

func square(n int, out *int, wg *sync.WaitGroup) {
	*out = n * n
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	var a, b, c int
	wg.Add(3)
	go square(2, &a, &wg)
	go square(3, &b, &wg)
	go square(4, &c, &wg)
	wg.Wait()
	fmt.Println("squares", a, b, c, a+b+c)

	// The same WaitGroup reused after Wait returned.
	wg.Add(1)
	go square(5, &a, &wg)
	wg.Wait()
	fmt.Println("reused", a)

	// Wait on a WaitGroup whose counter is zero returns at once.
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("empty wait returned")

	var p pool
	p.name = "pool"
	var r1, r2, r3 int
	p.wg.Add(1)
	go p.run(1, &r1)
	p.wg.Add(1)
	go p.run(2, &r2)
	p.wg.Add(1)
	go p.run(3, &r3)
	p.wg.Wait()
	fmt.Println("pool results", r1+r2+r3)

	// Several goroutines waiting on the same WaitGroup.
	var gate, done sync.WaitGroup
	gate.Add(1)
	for i := 0; i < 4; i++ {
		done.Add(1)
		go func(id int) {
			gate.Wait()
			fmt.Println("released", id)
			done.Done()
		}(i)
	}
	gate.Done()
	done.Wait()
	fmt.Println("all released")
}
