// Unlocking an unlocked Mutex is a fatal error, not a panic: deferred calls do
// not run, recover cannot catch it, exit code 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("deferred: not printed")
	defer func() { recover() }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
