package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

func Eq[T comparable](a, b T) bool { return a == b }

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum([]string{"a"}))
	z := Zero()
	f := Sum
	fmt.Println(Eq([]int{1}, []int{2}))
	fmt.Println(Show(3))
	var p Pair[[]int, int]
	fmt.Println(z, f, p)
	fmt.Println(Max(1, 2.5))
	fmt.Println(Eq[int, int](1, 2))
	var q Pair[int]
	var n Number
	fmt.Println(q, n)
}
