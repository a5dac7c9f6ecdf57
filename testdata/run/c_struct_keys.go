package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  Point
}

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func modify(arr [3]int, sl []int) {
	arr[0] = 100
	sl[0] = 100
}

func main() {
	visited := map[Point]bool{}
	moves := []Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	cur := Point{}
	for i := 0; i < 10; i++ {
		visited[cur] = true
		m := moves[i%len(moves)]
		cur = Point{cur.X + m.X*(i%3), cur.Y + m.Y*(i%3)}
	}
	keys := make([]Point, 0, len(visited))
	for k := range visited {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	fmt.Println(len(visited), keys)

	counts := map[Key]int{}
	counts[Key{"a", Point{1, 2}}]++
	counts[Key{"a", Point{1, 2}}]++
	counts[Key{"b", Point{1, 2}}]++
	fmt.Println(counts[Key{"a", Point{1, 2}}], counts[Key{"b", Point{}}], len(counts))

	arrKey := map[[3]string]int{{"x", "y", "z"}: 1}
	arrKey[[3]string{"x", "y", "z"}] += 10
	fmt.Println(arrKey)

	var ifKey = map[interface{}]string{1: "int", "1": "string", Point{1, 1}: "point", [2]int{1, 1}: "array"}
	fmt.Println(ifKey[1], ifKey["1"], ifKey[Point{1, 1}], ifKey[[2]int{1, 1}], len(ifKey))

	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 != Point{2, 1}, &p1 == &p2)

	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	s := a[:]
	modify(a, s)
	fmt.Println(a, b, a == [3]int{100, 2, 3})

	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])

	type cell struct {
		alive bool
		n     int
	}
	board := [3][3]cell{}
	board[1][1].alive = true
	board[0][1].n = 2
	copyBoard := board
	copyBoard[1][1].alive = false
	fmt.Println(board[1][1], copyBoard[1][1], board == copyBoard)

	structs := []Point{{3, 1}, {1, 2}, {2, 0}}
	sort.Slice(structs, func(i, j int) bool { return structs[i].X < structs[j].X })
	fmt.Println(structs)
	pts := map[string][]Point{}
	pts["a"] = append(pts["a"], Point{1, 1})
	pts["a"] = append(pts["a"], Point{2, 2})
	pts["b"] = append(pts["b"], Point{3, 3})
	fmt.Println(pts, len(pts["zz"]))
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = make([]rune, 4)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
}
