// Locking a Mutex twice in one goroutine deadlocks. Go 1.19 names the state
// [semacquire]; Go 1.20 and later print [sync.Mutex.Lock], which is what this
// expectation follows (reasoned from the Go runtime's wait reasons).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked")
	mu.Lock()
}
