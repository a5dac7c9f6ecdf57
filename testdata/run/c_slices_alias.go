package main

import "fmt"

func appendOne(s []int, v int) []int { return append(s, v) }

func removeAt(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insertAt(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(xs []string, keep func(string) bool) []string {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Print(len(s), ":", cap(s), " ")
			prevCap = cap(s)
		}
	}
	fmt.Println()
	bs := []byte{}
	caps := []int{}
	for i := 0; i < 100; i++ {
		bs = append(bs, byte(i))
		if len(caps) == 0 || caps[len(caps)-1] != cap(bs) {
			caps = append(caps, cap(bs))
		}
	}
	fmt.Println(caps)
	strs := append([]string(nil), "a", "b", "c")
	fmt.Println(len(strs), cap(strs))
	big := make([]int, 0, 5)
	big = append(big, 1, 2, 3, 4, 5, 6)
	fmt.Println(len(big), cap(big))
	type P struct{ a, b, c int64 }
	ps := append([]P{}, P{}, P{}, P{})
	fmt.Println(len(ps), cap(ps))

	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 99)
	fmt.Println(a, b)
	c := a[1:3:3]
	c = append(c, 77)
	c[0] = -1
	fmt.Println(a, c)
	d := appendOne(a[:2], 42)
	fmt.Println(a, d)
	e := removeAt([]int{0, 1, 2, 3, 4}, 2)
	fmt.Println(e, len(e), cap(e))
	f := insertAt([]int{1, 2, 4}, 2, 3)
	fmt.Println(f)
	words := []string{"apple", "kiwi", "banana", "fig"}
	short := filter(words, func(w string) bool { return len(w) <= 4 })
	fmt.Println(short, words)
	fmt.Println(sum(), sum(1, 2, 3), sum(a...))
	n := copy(a, []int{9, 9})
	fmt.Println(n, a, copy(a[3:], a))
	fmt.Println(a)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), nilS, empty)
	fmt.Printf("%v %v %d %d\n", nilS, empty, len(empty), cap(nilS[:0]))
	matrix := make([][]float64, 3)
	for i := range matrix {
		matrix[i] = make([]float64, 3)
		matrix[i][i] = 1
	}
	matrix[0][2] = 2.5
	fmt.Println(matrix)
	rows := [][]int{{1, 2}, {3}}
	rows[1] = append(rows[1], 4, 5)
	rows = append(rows, rows[0])
	rows[2][0] = 100
	fmt.Println(rows)
	stack := []string{}
	for _, t := range []string{"(", "[", "]", "{", "}", ")"} {
		switch t {
		case "(", "[", "{":
			stack = append(stack, t)
		default:
			stack = stack[:len(stack)-1]
		}
		fmt.Print(len(stack))
	}
	fmt.Println()
	q := []int{1, 2, 3}
	for len(q) > 0 {
		head := q[0]
		q = q[1:]
		if head < 3 {
			q = append(q, head+10)
		}
		fmt.Print(head, " ")
	}
	fmt.Println()
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl = append(sl, 50)
	fmt.Println(arr, sl, cap(sl))
	sl = append(sl, 60)
	sl[0] = 0
	fmt.Println(arr, sl)
}
