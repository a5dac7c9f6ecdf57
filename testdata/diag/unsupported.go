package main

import "fmt"

func Map[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println(i, complex(1, 2))
}
