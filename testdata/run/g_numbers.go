package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

type Ordered interface {
	Integer | Float | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Scale[S ~[]E, E Number](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

func Clamp[T interface{ ~int | ~float64 }](v, lo, hi T) T {
	return Max(lo, Min(v, hi))
}

type Celsius float64
type Score int
type Scores []Score

func (s Scores) Best() Score { return Min(s...) * -1 }

func main() {
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max("apple", "banana"))
	fmt.Println(Min(5, 2, 8, 1, 9), Min(3.3, 1.1, 2.2), Min("z", "y", "x"))
	fmt.Println(Sum([]int{1, 2, 3, 4}), Sum([]float64{0.5, 0.25}), Sum([]int8{100, 27}))
	fmt.Println(Average([]int{1, 2, 3, 4}), Average([]float32{}))
	fmt.Println(Abs(-5), Abs(3.5), Abs(int64(-9)))
	temps := []Celsius{20.5, 22, 19.25}
	fmt.Println(Sum(temps), Max(temps[0], temps[1]))
	fmt.Printf("%T %v\n", Sum(temps), Average(temps))
	sc := Scale(Scores{1, 2, 3}, 10)
	fmt.Printf("%v %T\n", sc, sc)
	fmt.Println(Scale([]float64{1.5, 2}, 2))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1.0, 1.0), Clamp(5, 0, 10))
	fmt.Println(Max[float64](1, 2.5), Min[int8](3, -4))
	fmt.Println(Scores{-4, -9, -1}.Best())
	var i8 int8 = 127
	fmt.Println(Sum([]int8{i8, 1}))
	fmt.Println(Max(Score(3), 4))
}
