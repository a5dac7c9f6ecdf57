// Unlocking an unlocked mutex is a fatal error (not recoverable): the
// deferred recover does not run its handler and the program exits 2.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *Counter) Buggy() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered?", r)
		}
	}()
	c.mu.Unlock()
}

func main() {
	c := &Counter{}
	for i := 0; i < 3; i++ {
		c.Inc()
	}
	fmt.Println("count:", c.n)
	c.Buggy()
	fmt.Println("unreachable")
}
