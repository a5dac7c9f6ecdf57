package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x", "y"}...))

	a := make([]int, 3, 10)
	b := append(a, 1, 2)
	c := append(a, 9)
	fmt.Println(a, b, c, len(b), cap(b))
	d := a[1:2]
	fmt.Println(d, len(d), cap(d))
	e := a[1:2:3]
	e = append(e, 7)
	e = append(e, 8)
	fmt.Println(a, e, len(e), cap(e) >= 3)

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)

	evens := filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, mapInts(evens, func(x int) int { return x * x }))
	var nilSlice []int
	fmt.Println(nilSlice == nil, len(nilSlice), nilSlice, filter(nilSlice, nil) == nil)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid)
	s := []string{"a", "b", "c", "d", "e"}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s))
	var stack []int
	for i := 0; i < 5; i++ {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 20
	fmt.Println(arr, sl)
}
