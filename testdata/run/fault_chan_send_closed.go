// Sending on a closed channel panics (exit code 2), after the buffered values
// are still received.
package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 1
	close(c)
	fmt.Println(<-c)
	c <- 2
	fmt.Println("unreachable")
}
