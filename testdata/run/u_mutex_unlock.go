package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	n  int
}

func (c *SafeCounter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *SafeCounter) Reset() {
	c.n = 0
	c.mu.Unlock()
}

func main() {
	var c SafeCounter
	c.Inc()
	c.Inc()
	fmt.Println(c.n)
	c.Reset()
	fmt.Println("unreachable")
}
