// main waits on a WaitGroup nobody will ever signal: Go's deadlock error,
// exit code 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	fmt.Println("waiting")
	wg.Add(1)
	wg.Wait()
	fmt.Println("unreachable")
}
