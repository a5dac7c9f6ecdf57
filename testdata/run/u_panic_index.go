package main

import "fmt"

type Grid struct {
	cells []int
	w, h  int
}

func (g *Grid) At(x, y int) int {
	return g.cells[y*g.w+x]
}

func main() {
	g := &Grid{cells: make([]int, 6), w: 3, h: 2}
	for i := range g.cells {
		g.cells[i] = i * 10
	}
	fmt.Println(g.At(1, 1))
	defer fmt.Println("deferred before crash")
	fmt.Println(g.At(2, 2))
}
