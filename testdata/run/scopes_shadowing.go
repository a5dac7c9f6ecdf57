// Block scopes: shadowing in inner blocks, if/for init statements, package
// level variables, := redeclaring with at least one new variable.
package main

import "fmt"

var level = "package"
var counter int

func bump() int {
	counter++
	return counter
}

func main() {
	fmt.Println(level)
	level := "main"
	fmt.Println(level)
	{
		level := "block"
		fmt.Println(level)
		level = "block changed"
		fmt.Println(level)
	}
	fmt.Println(level)

	if x := bump(); x > 0 {
		level := "if"
		fmt.Println(level, x)
	} else {
		fmt.Println("else", x)
	}
	if y := bump(); y > 5 {
		fmt.Println("big", y)
	} else if z := y * 10; z > 15 {
		fmt.Println("z", z, "y", y)
	} else {
		fmt.Println("small", y, z)
	}

	x := 1
	for x := 0; x < 2; x++ {
		fmt.Println("loop x", x)
	}
	fmt.Println("outer x", x)

	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)

	var v = 10
	f := func() int {
		v := v * 2
		return v
	}
	fmt.Println(f(), v)

	counter = 100
	fmt.Println(bump(), counter)

	var (
		p = 1
		q = p + 1
		r string
	)
	fmt.Println(p, q, r == "", len0(r))
}

func len0(s string) bool {
	return s == ""
}
