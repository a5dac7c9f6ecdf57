// A Cond.Wait nobody signals: deadlock [sync.Cond.Wait], exit code 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting")
	c.Wait()
}
