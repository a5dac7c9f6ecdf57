// Parallel assignments to slice elements: swaps, rotations, bounds checks in
// phase two (after every right side is evaluated), a slice variable assigned
// in the same statement, and an out-of-range element stopping the assignments.
package main

import "fmt"

var trace []string

func val(tag string, v int) int {
	trace = append(trace, tag)
	return v
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	fmt.Println(a)
	a[0], a[1], a[2] = a[1], a[2], a[0]
	fmt.Println(a)
	type pt struct{ x, y int }
	ps := []pt{{1, 2}, {3, 4}}
	ps[0], ps[1] = ps[1], ps[0]
	fmt.Println(ps)
	strs := []string{"x", "y"}
	strs[0], strs[1] = strs[1]+"!", strs[0]
	fmt.Println(strs)

	// the slice variable itself is assigned: the element goes to the old slice
	old := []int{0, 0}
	s := old
	s, s[0] = []int{9, 9}, 7
	fmt.Println(old, s)
	// the index variable is assigned in the same statement
	k := 0
	k, a[k] = 1, 100
	fmt.Println(k, a)

	defer func() {
		fmt.Println("recovered:", recover(), trace, a)
	}()
	a[val("i1", 1)], a[val("i9", 9)], a[val("i2", 2)] = val("v1", -1), val("v9", -9), val("v2", -2)
}
