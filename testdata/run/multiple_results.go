// Functions with several parameters and results, named results, swapping
// with parallel assignment, blank identifier, and passing results along.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(a, b, c int) (lo, hi int) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return
}

func stats(n int) (count int, sum int, mean float64) {
	for i := 1; i <= n; i++ {
		count++
		sum += i
	}
	mean = float64(sum) / float64(count)
	return count, sum, mean
}

func add(a, b int) int {
	return a + b
}

func three() (int, string, bool) {
	return 1, "two", true
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("left", "right")
	fmt.Println(a, b)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	x, y = x+y, x*y
	fmt.Println(x, y)
	lo, hi := minmax(5, -2, 9)
	fmt.Println(lo, hi)
	_, sum, mean := stats(10)
	fmt.Println(sum, mean)
	fmt.Println(add(divmod(20, 6)))
	fmt.Println(three())
	n, s, ok := three()
	fmt.Println(n, s, ok)
	var u, v int = divmod(9, 4)
	fmt.Println(u, v)
	q, r2 := divmod(100, 7) // q reused, r2 new
	fmt.Println(q, r2)
}
