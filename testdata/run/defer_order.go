// defer: last in, first out; arguments evaluated at the defer statement;
// deferred closures see later updates; defers in loops; defers run when a
// function returns from any point.
package main

import "fmt"

type holder struct {
	v int
}

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) {
	fmt.Println("leave", s)
}

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("loop body done")
}

func early(n int) int {
	defer fmt.Println("early defer", n)
	if n > 0 {
		return n * 2
	}
	return -1
}

func double() (result int) {
	defer func() {
		result *= 2
	}()
	result = 21
	return result
}

func counter() int {
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() {
		fmt.Println("closure sees x =", x)
	}()
	x = 5
	return x
}

func main() {
	defer fmt.Println("main deferred 1")
	defer fmt.Println("main deferred 2")
	b()
	loop()
	fmt.Println(early(3), early(0))
	fmt.Println("double", double())
	fmt.Println("counter", counter())
	var p holder
	p.v = 1
	defer fmt.Println("struct copy", p.v)
	p.v = 2
	fmt.Println("main body done")
}
