// Benchmark: recursive Fibonacci, fib(32) = 2178309 (calls and integer
// arithmetic). Runs unchanged under `go run`.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(32))
}
