package main

import "fmt"

var trace []string

func t(s string, v bool) bool { trace = append(trace, s); return v }
func n(s string, v int) int   { trace = append(trace, s); return v }

type R struct{ name string }

func (r R) Hello() { fmt.Println("hello from", r.name) }

func main() {
	if t("a", false) && t("b", true) || t("c", true) && t("d", false) || t("e", true) {
		trace = append(trace, "then")
	}
	fmt.Println(trace)
	trace = nil
	switch n("tag", 2) {
	case n("c1", 1), n("c2", 2), n("c3", 3):
		trace = append(trace, "matched")
	case n("c4", 2):
	}
	fmt.Println(trace)
	trace = nil
	_ = n("x", 1) + n("y", 2)*n("z", 3)
	fmt.Println(trace)

	r := R{"first"}
	defer r.Hello()
	r.name = "second"

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 0 {
			sl = append(sl, 4)
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println(sl)
	parr := &[3]int{1, 2, 3}
	for i, v := range parr {
		parr[2] = 50
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		count += i
	}
	fmt.Println(count)
	m := 0
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		m += j - i
	}
	fmt.Println(m)
	xs := []int{1, 2, 3}
	idx := 0
	xs[idx], idx = 10, 2
	fmt.Println(xs, idx)
}
