// Arrays: indexing (constant and dynamic), literals, range, value semantics, pointers to arrays.
package main

import "fmt"

type Grid struct {
	cells [3][3]int
	name  string
}

var table [5]int

func sum(a [4]int) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i]
	}
	return s
}

func main() {
	var a [4]int
	for i := range a {
		a[i] = i * i
	}
	b := a
	b[0] = 100
	fmt.Println(a, b, sum(a), len(a), a == b)
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g.cells[i][j] = i*3 + j
		}
	}
	fmt.Println(g.cells, g.cells[1][2])
	table[2] = 7
	k := 4
	table[k] = 9
	fmt.Println(table)
	p := &a
	p[1] = 55
	fmt.Println(a[1], p[3])
	names := [...]string{"x", "y", "z"}
	for i, n := range names {
		fmt.Print(i, n, " ")
	}
	fmt.Println(len(names))
	idx := 7
	defer func() { fmt.Println("recovered?") }()
	fmt.Println(a[idx%5])
}
