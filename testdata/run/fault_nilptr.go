// Dereferencing a nil pointer panics with Go's runtime error, exit code 2.
package main

import "fmt"

type point struct {
	x, y int
}

func get(p *point) int {
	return p.x
}

func main() {
	var ok point
	ok.x = 7
	fmt.Println(get(&ok))
	var p *point
	fmt.Println(get(p))
}
