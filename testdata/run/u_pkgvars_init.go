package main

import "fmt"

var (
	total    = compute(base, factor)
	base     = 10
	factor   = scale * 2
	scale    = initScale()
	greeting string
	table    = buildTable(5)
)

var order []string

func initScale() int {
	order = append(order, "initScale")
	return 3
}

func compute(a, b int) int {
	order = append(order, fmt.Sprintf("compute(%d,%d)", a, b))
	return a * b
}

func buildTable(n int) []int {
	t := make([]int, n)
	for i := range t {
		t[i] = i * i
	}
	return t
}

func init() {
	greeting = "hello"
	order = append(order, "init1")
}

func init() {
	greeting += ", world"
	order = append(order, "init2")
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

func main() {
	fmt.Println(total, base, factor, scale)
	fmt.Println(greeting)
	fmt.Println(order)
	fmt.Println(table, len(table))
	fmt.Println(KB, MB, GB)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(a, b, c, d, e)
	fmt.Printf("%T %T %T\n", Thursday, KB, c)
}
