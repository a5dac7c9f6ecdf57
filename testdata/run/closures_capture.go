// Closures capture variables by reference: counters, shared state between
// closures, closures returned from functions and recursion through a variable.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func pair() (func(int), func() int) {
	total := 0
	add := func(v int) { total += v }
	get := func() int { return total }
	return add, get
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())

	add, get := pair()
	add(5)
	add(7)
	fmt.Println("total", get())

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x after closures", x)
	x = 100
	inc()
	fmt.Println("x after reassign", x)

	add10 := adder(10)
	double := func(v int) int { return v * 2 }
	fmt.Println(add10(5), compose(add10, double)(5), compose(double, add10)(5))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib(20) =", fib(20))

	// A closure capturing a variable declared in a loop body: each iteration
	// has its own variable.
	var last func() int
	sum := 0
	for i := 0; i < 3; i++ {
		v := i * 10
		f := func() int { return v }
		sum += f()
		if i == 1 {
			last = f
		}
	}
	fmt.Println("sum", sum, "last", last())

	// Nested closures modifying an outer variable.
	level := 0
	outer := func() func() {
		level += 10
		return func() { level++ }
	}
	in := outer()
	in()
	in()
	fmt.Println("level", level)
}
