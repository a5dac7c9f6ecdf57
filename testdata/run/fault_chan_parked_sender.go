// A goroutine blocked sending on a channel panics when the channel is closed:
// the whole program ends with exit code 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		c <- 1
		fmt.Println("unreachable")
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("closing")
	close(c)
	time.Sleep(2 * time.Second)
	fmt.Println("unreachable too")
}
