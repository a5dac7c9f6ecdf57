// Receiving from a nil channel blocks forever: deadlock
// [chan receive (nil chan)], exit code 2.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("receiving from nil")
	fmt.Println(<-c)
}
