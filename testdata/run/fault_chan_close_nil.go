// Closing a nil channel panics, exit code 2.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println(c == nil, len(c), cap(c))
	close(c)
}
