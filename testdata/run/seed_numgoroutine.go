// Seed program "Debugging Tip" from shared/seed/goroutines.md, wrapped in
// package main: only the main goroutine exists.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("Number of goroutines:", runtime.NumGoroutine())
}
