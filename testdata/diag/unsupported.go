package main

import "fmt"

func Map[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	fmt.Println(complex(1, 2))
}
