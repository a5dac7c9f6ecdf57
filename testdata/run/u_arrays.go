package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func (b *Board) Play(r, c int, who byte) bool {
	if b[r][c] != 0 {
		return false
	}
	b[r][c] = who
	return true
}

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != 0 && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

type Histogram struct {
	Buckets [5]int
	Label   string
}

func fill(h Histogram, v int) Histogram {
	h.Buckets[v%5]++
	return h
}

func sumArr(a [4]int) (s int) {
	for _, v := range a {
		s += v
	}
	a[0] = 1000
	return
}

func main() {
	var b Board
	moves := [][3]int{{1, 1, 'X'}, {0, 0, 'O'}, {1, 1, 'O'}, {0, 2, 'X'}, {2, 0, 'X'}, {0, 1, 'O'}}
	for _, m := range moves {
		ok := b.Play(m[0], m[1], byte(m[2]))
		fmt.Printf("%c at %d,%d ok=%v\n", m[2], m[0], m[1], ok)
	}
	fmt.Print(b)
	fmt.Printf("winner: %q\n", b.Winner())
	snapshot := b
	b.Play(2, 2, 'O')
	fmt.Println(snapshot == b, snapshot[2][2], b[2][2])

	h := Histogram{Label: "h"}
	for i := 0; i < 12; i++ {
		h = fill(h, i*3)
	}
	fmt.Println(h, h.Buckets[1:3], len(h.Buckets))
	a := [4]int{1, 2, 3, 4}
	fmt.Println(sumArr(a), a)
	pa := &a
	pa[1] = 20
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(a, len(pa), *pa == [4]int{2, 40, 6, 8})
	grid := [2][3]int{}
	grid[1] = [3]int{7, 8, 9}
	row := grid[1]
	row[0] = 0
	fmt.Println(grid, row)
	names := [...]string{2: "c", 0: "a"}
	fmt.Println(len(names), names, names[1] == "")
	type key [2]int
	seen := map[key]bool{}
	seen[key{1, 2}] = true
	fmt.Println(seen[key{1, 2}], seen[key{2, 1}])
	var structs [2]struct{ A, B int }
	structs[1].B = 5
	fmt.Println(structs)
	sl := a[:]
	sl[0] = -1
	fmt.Println(a[0], len(sl), cap(a[1:2]))
}
