// main receives from a channel nobody will send on: deadlock, exit code 2.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() { fmt.Println("helper exits") }()
	fmt.Println("waiting")
	<-c
}
