// Writing through a nil *int panics with Go's runtime error, exit code 2.
package main

import "fmt"

func set(p *int, v int) {
	*p = v
}

func main() {
	x := 1
	set(&x, 5)
	fmt.Println("x =", x)
	var p *int
	set(p, 6)
	fmt.Println("unreachable")
}
