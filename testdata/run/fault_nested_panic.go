// A deferred call that panics while another panic unwinds: both are printed.
package main

import "fmt"

func cleanup() {
	fmt.Println("cleanup")
	panic("second")
}

func main() {
	defer cleanup()
	panic("first")
}
