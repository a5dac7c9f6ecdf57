// check: sorted
// Arguments of a go statement (and the function value) are evaluated by the
// caller at the go statement, not when the goroutine runs.
package main

import (
	"fmt"
	"sync"
)

func show(tag string, v int, wg *sync.WaitGroup) {
	fmt.Println(tag, v)
	wg.Done()
}

func next(p *int) int {
	*p = *p + 1
	return *p
}

func main() {
	var wg sync.WaitGroup
	x := 10
	wg.Add(1)
	go show("a", x, &wg)
	x = 20
	wg.Add(1)
	go show("b", x*2, &wg)
	x = 30

	counter := 0
	wg.Add(3)
	go show("c", next(&counter), &wg)
	go show("c", next(&counter), &wg)
	go show("c", next(&counter), &wg)

	f := func(v int) {
		fmt.Println("f1", v)
		wg.Done()
	}
	wg.Add(1)
	go f(x)
	f = func(v int) {
		fmt.Println("f2", v)
		wg.Done()
	}
	wg.Add(1)
	go f(x + 1)
	wg.Wait()
	fmt.Println("counter", counter)
}
