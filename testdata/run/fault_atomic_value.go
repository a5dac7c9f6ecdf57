// Storing a value of another type into an atomic.Value panics, exit code 2.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1)
	fmt.Println(v.Load())
	v.Store("one")
}
