package main

import "fmt"

type Board struct {
	w, h  int
	cells [][]bool
}

func NewBoard(w, h int) *Board {
	cells := make([][]bool, h)
	for i := range cells {
		cells[i] = make([]bool, w)
	}
	return &Board{w: w, h: h, cells: cells}
}

func (b *Board) Set(x, y int) { b.cells[y][x] = true }

func (b *Board) Alive(x, y int) bool {
	x = (x + b.w) % b.w
	y = (y + b.h) % b.h
	return b.cells[y][x]
}

func (b *Board) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (b *Board) Step() *Board {
	nb := NewBoard(b.w, b.h)
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			n := b.Neighbors(x, y)
			alive := b.Alive(x, y)
			nb.cells[y][x] = n == 3 || (alive && n == 2)
		}
	}
	return nb
}

func (b *Board) String() string {
	s := ""
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (b *Board) Population() (n int) {
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	b := NewBoard(8, 6)
	// glider
	b.Set(1, 0)
	b.Set(2, 1)
	b.Set(0, 2)
	b.Set(1, 2)
	b.Set(2, 2)
	// blinker
	b.Set(6, 3)
	b.Set(6, 4)
	b.Set(6, 5)
	fmt.Print(b)
	for gen := 1; gen <= 4; gen++ {
		b = b.Step()
		fmt.Printf("gen %d pop %d\n", gen, b.Population())
	}
	fmt.Print(b.String())
}
