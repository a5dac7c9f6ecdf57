// Seed program "Using Anonymous Goroutines" from shared/seed/goroutines.md,
// wrapped in package main with the imports it needs.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func(msg string) {
		fmt.Println(msg)
	}("Hello from anonymous goroutine")
	time.Sleep(time.Second)
}
