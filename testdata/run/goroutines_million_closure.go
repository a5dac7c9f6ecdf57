// timeout: 120
// One million goroutines started from a function literal, with wg.Add(1) per
// goroutine; each result is stored in its own heap node of a linked list that
// main walks after Wait (Wait makes every goroutine's write visible).
package main

import (
	"fmt"
	"sync"
)

type node struct {
	val  int
	next *node
}

func main() {
	var wg sync.WaitGroup
	var head *node
	for i := 0; i < 1000000; i++ {
		var n node
		n.next = head
		head = &n
		wg.Add(1)
		go func(p *node, v int) {
			p.val = v % 7
			wg.Done()
		}(&n, i)
	}
	wg.Wait()
	sum := 0
	count := 0
	for p := head; p != nil; p = p.next {
		sum += p.val
		count++
	}
	fmt.Println("count", count, "sum", sum)
}
