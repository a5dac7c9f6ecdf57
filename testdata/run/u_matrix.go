package main

import "fmt"

const N = 3

type Matrix [N][N]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m *Matrix) Transpose() {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func (m Matrix) Trace() (t int) {
	for i := range m {
		t += m[i][i]
	}
	return
}

func (m Matrix) Print() {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

func pow(m Matrix, n int) Matrix {
	result := identity()
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(m)
		}
		m = m.Mul(m)
		n >>= 1
	}
	return result
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	b := a
	b[0][0] = 100
	fmt.Println(a[0][0], b[0][0], a == b, a == Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})
	a.Print()
	fmt.Println("trace", a.Trace())
	c := a.Mul(identity())
	fmt.Println(c == a)
	a.Transpose()
	a.Print()
	fib := Matrix{{1, 1, 0}, {1, 0, 0}, {0, 0, 1}}
	for _, n := range []int{1, 10, 30, 50} {
		fmt.Println("fib", n, pow(fib, n)[0][1])
	}
	fmt.Println(a)
	var grid [2][3]string
	grid[1][2] = "x"
	fmt.Printf("%q\n", grid)
	fmt.Println(len(grid), len(grid[0]))
}
