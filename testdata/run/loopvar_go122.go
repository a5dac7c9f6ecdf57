// Per-iteration loop variables (Go 1.22 semantics). Go 1.19 has one variable
// per loop, so this program's expected output was written by reasoning from
// the current spec ("each iteration has its own separate declared variable";
// the next iteration's variable is initialised from the previous one's value
// before the post statement runs), not by running Go 1.19.
// Cross-checked afterwards with a current Go toolchain (go1.27.3).
package main

import "fmt"

func main() {
	// Closures chained so that the earliest runs first.
	f := func() {}
	for i := 0; i < 3; i++ {
		prev := f
		f = func() {
			prev()
			fmt.Print(i, " ")
		}
	}
	f()
	fmt.Println()

	// The body changes i: the closure sees the change made in its own
	// iteration, but not the post statement's increment.
	g := func() {}
	for i := 0; i < 6; i++ {
		prev := g
		g = func() {
			prev()
			fmt.Print(i, " ")
		}
		i++
	}
	g()
	fmt.Println()

	// Two loop variables.
	h := func() {}
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		prev := h
		h = func() {
			prev()
			fmt.Print(i, ":", j, " ")
		}
	}
	h()
	fmt.Println()

	// A pointer to the loop variable differs per iteration.
	var p0, p1 *int
	for i := 0; i < 2; i++ {
		if i == 0 {
			p0 = &i
		} else {
			p1 = &i
		}
	}
	fmt.Println(*p0, *p1, p0 != p1)
}
