// Benchmark: a tight integer loop of 200,000,000 iterations (backward jumps,
// compare-and-branch, integer ops). Runs unchanged under `go run`.
package main

import "fmt"

func main() {
	sum := 0
	x := 1
	for i := 0; i < 200000000; i++ {
		x = x*3 + i
		sum += x & 1023
	}
	fmt.Println(sum)
}
