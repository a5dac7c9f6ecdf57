// Slice element loads and stores (one-slot elements are read and written by a
// single instruction): every element kind, views of arrays, range value
// variables, Go's order of evaluation for s[i] = f(), and index panics.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type grid struct {
	cells [4]int
}

var calls []string

func f(tag string, v int) int {
	calls = append(calls, tag)
	return v
}

func main() {
	ints := []int{5, 6, 7}
	floats := []float64{0.5, 1.5}
	strs := []string{"a", "b"}
	ptrs := []*int{nil, &ints[0]}
	bools := make([]bool, 2)
	bytes := []byte("hey")
	ints[1] = ints[0] + ints[2]
	floats[0] *= 4
	strs[1] = strs[0] + strings.Repeat("z", 3)
	ptrs[0] = &ints[2]
	bools[1] = !bools[0]
	bytes[0] = 'H'
	fmt.Println(ints, floats, strs, *ptrs[0], *ptrs[1], bools, string(bytes))

	// a slice of an array inside a struct writes through to the array
	var g grid
	row := g.cells[1:3]
	row[0] = 10
	row[1] = row[0] * 2
	fmt.Println(g.cells, len(row), cap(row))

	// range value variables: loaded each iteration, modifiable, captured
	sum := 0
	for _, v := range ints {
		v *= 2
		sum += v
	}
	var fs []func() string
	for i, s := range strs {
		i, s := i, s
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println(sum)

	// references stored in slices survive collections
	words := make([]string, 100)
	for i := range words {
		words[i] = strings.Repeat("w", i%7)
	}
	runtime.GC()
	total := 0
	for _, w := range words {
		total += len(w)
	}
	fmt.Println("total", total)

	// order: the index operands, then the right side, then the bounds check
	defer func() {
		fmt.Println("recovered:", recover(), calls)
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			i := -1
			fmt.Println(ints[i+0])
		}()
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			var nilSlice []float64
			nilSlice[0] = 1
		}()
	}()
	idx := 3
	ints[f("index", idx-3)] = f("value", 1)
	fmt.Println(ints, calls)
	ints[idx] = f("late", 2)
	fmt.Println("not reached")
}
