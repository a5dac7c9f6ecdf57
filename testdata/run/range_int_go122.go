// `for i := range n` over an integer (Go 1.22). Expected output written by
// reasoning from the current spec: i takes 0..n-1; n is evaluated once; a
// non-positive n runs no iterations; `for range n` repeats n times.
// Cross-checked afterwards with a current Go toolchain (go1.27.3).
package main

import "fmt"

func limit(calls *int) int {
	*calls = *calls + 1
	return 4
}

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	calls := 0
	sum := 0
	for i := range limit(&calls) {
		sum += i
	}
	fmt.Println("sum", sum, "calls", calls)

	n := 3
	for i := range n {
		n = 10 // does not change the number of iterations
		fmt.Print(i, " ")
	}
	fmt.Println("n", n)

	count := 0
	for range 7 {
		count++
	}
	fmt.Println("count", count)

	neg := -2
	for i := range neg {
		fmt.Println("never", i)
	}
	for i := range 0 {
		fmt.Println("never", i)
	}

	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	var total int64
	for i := range int64(4) {
		total += i * 100
	}
	fmt.Println("total", total)
}
