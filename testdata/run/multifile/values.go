package main

import "fmt"

var factor = next(6)

var base = 7

func next(n int) int {
	return n + 1
}

func describe(n int) string {
	return fmt.Sprintf("(%d is %s)", n, parity(n))
}

func parity(n int) string {
	if n%2 == 0 {
		return "even"
	}
	return "odd"
}
