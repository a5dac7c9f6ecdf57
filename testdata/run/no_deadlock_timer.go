// A goroutine blocked forever is not a deadlock while main can still run:
// main sleeps (a pending timer), then returns normally with exit code 0.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var never sync.WaitGroup
	never.Add(1)
	go func() {
		never.Wait()
		fmt.Println("unreachable")
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main exits normally")
}
