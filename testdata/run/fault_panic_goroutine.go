// A panic in a goroutine other than main ends the whole program, exit code 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer fmt.Println("goroutine deferred print")
		panic("worker failed")
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
