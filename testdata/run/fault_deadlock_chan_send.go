// main sends on a full buffered channel nobody reads: deadlock, exit code 2.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 1
	fmt.Println("buffered one")
	c <- 2
}
