package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Person struct {
	Name string
	Age  int
}

// Compose builds a function from two others; a generic closure.
func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(squares)
	strs := Map(squares, strconv.Itoa)
	fmt.Println(strings.Join(strs, ","), len(strs))
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println("sum:", sum)
	joined := Reduce(nums, "", func(a string, n int) string { return a + strconv.Itoa(n) })
	fmt.Println(joined)
	explicit := Map[int, float64](nums[:3], func(n int) float64 { return float64(n) / 2 })
	fmt.Println(explicit)
	fmt.Println(Contains(strs, "16"), Contains(strs, "17"), Index(nums, 7), Index([]string{"a"}, "z"))

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	names := Map(people, func(p Person) string { return p.Name })
	fmt.Println(names)
	adults := Filter(people, func(p Person) bool { return p.Age >= 30 })
	fmt.Printf("%v %d\n", adults, len(adults))
	byAge := GroupBy(people, func(p Person) int { return p.Age })
	fmt.Println(len(byAge), byAge[25])
	lenOfUpper := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(lenOfUpper("hello"))
	describe := Compose(func(p Person) int { return p.Age }, func(a int) string { return fmt.Sprintf("age=%d", a) })
	fmt.Println(describe(people[2]))
	fmt.Printf("%T\n", describe)
	total := Reduce(Map(people, func(p Person) int { return p.Age }), 0.0, func(a float64, n int) float64 { return a + float64(n) })
	fmt.Println(total / float64(len(people)))
}
