package main

import "fmt"

type Counter func() int

func makeCounter(start, step int) Counter {
	n := start
	return func() int {
		v := n
		n += step
		return v
	}
}

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func memoFib() func(int) int {
	var cache [100]int
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if cache[n] != 0 {
			return cache[n]
		}
		r := fib(n-1) + fib(n-2)
		cache[n] = r
		return r
	}
	return fib
}

func main() {
	c1 := makeCounter(0, 1)
	c2 := makeCounter(100, -10)
	for i := 0; i < 3; i++ {
		fmt.Println(c1(), c2())
	}

	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	square := func(x int) int { return x * x }
	fmt.Println(apply([]func(int) int{double, inc, square}, 3))
	fmt.Println(compose(square, inc)(5), compose(inc, square)(5))

	var funcs []func() string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		funcs = append(funcs, func() string { return s + s })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	add(1, 2, 3)
	add()
	add(10)
	fmt.Println("total", total)

	fib := memoFib()
	fmt.Println(fib(50), fib(90))

	var nilf func()
	fmt.Println(nilf == nil, fib != nil)
}
