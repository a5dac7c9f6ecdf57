// Function values: functions as arguments and results, stored in variables
// and struct fields, method values through closures, and nil checks.
package main

import "fmt"

type op func(int, int) int

type Calculator struct {
	name string
	fn   op
}

func (c Calculator) Apply(a, b int) int {
	return c.fn(a, b)
}

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func fold(from, to, start int, f op) int {
	acc := start
	for i := from; i <= to; i++ {
		acc = f(acc, i)
	}
	return acc
}

func pick(name string) op {
	if name == "add" {
		return add
	}
	if name == "mul" {
		return mul
	}
	return func(a, b int) int { return a - b }
}

func apply3(f func(int) int, x int) int {
	return f(f(f(x)))
}

func main() {
	fmt.Println(fold(1, 10, 0, add), fold(1, 10, 1, mul))
	fmt.Println(pick("add")(3, 4), pick("mul")(3, 4), pick("sub")(3, 4))
	var c Calculator
	c.name = "adder"
	c.fn = add
	fmt.Println(c.name, c.Apply(2, 3))
	c.fn = func(a, b int) int { return a*10 + b }
	fmt.Println(c.Apply(2, 3))
	var f func(int) int
	fmt.Println(f == nil)
	f = func(x int) int { return x + 1 }
	fmt.Println(f != nil, apply3(f, 0))
	g := f
	f = func(x int) int { return x * 2 }
	fmt.Println(g(10), f(10), apply3(f, 1))
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", add)
	var o op = mul
	fmt.Printf("%T %d\n", o, o(6, 7))
	pc := &c
	fmt.Println(pc.Apply(4, 5), pc.fn(1, 1))
}
