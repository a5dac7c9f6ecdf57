package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

type Ring struct {
	n    int
	data [8]int
}

func (r *Ring) Push(v int) {
	r.data[r.n%len(r.data)] = v
	r.n++
}

func (r *Ring) Items() []int {
	if r.n < len(r.data) {
		return r.data[:r.n]
	}
	return r.data[:]
}

type Buf struct {
	tag  string
	pts  [3]struct{ X, Y int }
	name [16]byte
	used int
}

var global [5]string
var grid [3][4]int

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	var r Ring
	for i := 1; i <= 5; i++ {
		r.Push(i * i)
	}
	items := r.Items()
	fmt.Println(items, len(items), cap(items))
	items[0] = -1
	fmt.Println(r.data[0], r.data)
	for i := 0; i < 6; i++ {
		r.Push(100 + i)
	}
	all := r.Items()
	sort.Ints(all)
	fmt.Println(all, r.data)

	b := &Buf{tag: "b"}
	n := copy(b.name[:], "hello, world")
	b.used = n
	fmt.Printf("%q %d\n", string(b.name[:b.used]), len(b.name))
	ps := b.pts[1:]
	ps[0].X, ps[1].Y = 7, 9
	fmt.Printf("%+v\n", b.pts)

	// append into the spare capacity writes the array
	s := b.pts[:1]
	s = append(s, struct{ X, Y int }{1, 2})
	fmt.Println(b.pts, len(s), cap(s))
	s = append(s, struct{ X, Y int }{3, 4}, struct{ X, Y int }{5, 6})
	s[0].X = 42
	fmt.Println(b.pts[0].X, s[0].X, len(s))

	copy(global[:], strings.Fields("a b c d e f"))
	fmt.Println(global, len(global[2:]))
	for i := range grid {
		fill(grid[i][:], i+1)
	}
	fill(grid[1][1:3], 0)
	fmt.Println(grid)

	pa := new([4]int)
	ps2 := pa[:]
	ps2[2] = 5
	fmt.Println(*pa, pa[1:3])
	var arr [6]int
	p := &arr
	copy(p[1:], []int{1, 2, 3, 4, 5, 6, 7})
	fmt.Println(arr)
	copy(arr[2:], arr[:])
	fmt.Println(arr)

	// views keep the struct alive across collections
	keep := make([][]byte, 0)
	for i := 0; i < 2000; i++ {
		bb := &Buf{}
		copy(bb.name[:], fmt.Sprintf("buf-%d", i))
		if i%500 == 0 {
			keep = append(keep, bb.name[:6])
		}
	}
	runtime.GC()
	for _, k := range keep {
		fmt.Print(string(k), " ")
	}
	fmt.Println()
	fmt.Printf("%v %d\n", b.name[:5], b.name[:3])

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var np *[3]int
	_ = np[:]
}
