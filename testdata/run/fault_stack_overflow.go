// Runaway recursion dies with Go's stack-overflow fatal error (exit 2), never a
// host crash; deferred calls do not run.
package main

import "fmt"

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println("start")
	fmt.Println(down(0))
}
