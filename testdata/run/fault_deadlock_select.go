// main selects over channels that never become ready while another goroutine
// is blocked too: the deadlock report names main's state [select], exit code 2.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() { <-a }()
	go func() { b <- "x" }()
	fmt.Println(<-b)
	c := make(chan int)
	select {
	case v := <-b:
		fmt.Println(v)
	case c <- 1:
		fmt.Println("sent")
	}
}
