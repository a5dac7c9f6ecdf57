package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, -7, 100, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 4), sort.SearchInts(ints, 50))
	strs := []string{"peach", "banana", "kiwi", "apple", "Zebra", ""}
	sort.Strings(strs)
	fmt.Printf("%q %v %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "cherry"))
	fl := []float64{2.5, -1, 3.25, 0, 1e9, -0.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 1))

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Frank", 20}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)

	// many equal keys: the unstable order must be Go's exactly
	var many []Person
	for i := 0; i < 200; i++ {
		many = append(many, Person{fmt.Sprintf("p%03d", i), (i * 7919) % 13})
	}
	sort.Slice(many, func(i, j int) bool { return many[i].Age < many[j].Age })
	var b strings.Builder
	for _, p := range many[:60] {
		b.WriteString(p.Name[1:])
		b.WriteByte(' ')
	}
	fmt.Println(b.String())
	sort.SliceStable(many, func(i, j int) bool { return many[i].Name[3] < many[j].Name[3] })
	b.Reset()
	for _, p := range many[:40] {
		b.WriteString(p.Name[1:])
		b.WriteByte(' ')
	}
	fmt.Println(b.String())
	fmt.Println(sort.SliceIsSorted(many, func(i, j int) bool { return many[i].Name[3] < many[j].Name[3] }))

	// a large pseudo-random slice sorted three ways agrees
	seed := uint32(1)
	rnd := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8 % 1000)
	}
	a := make([]int, 3000)
	for i := range a {
		a[i] = rnd()
	}
	c1 := append([]int(nil), a...)
	c2 := append([]int(nil), a...)
	c3 := append([]int(nil), a...)
	sort.Ints(c1)
	sort.Slice(c2, func(i, j int) bool { return c2[i] < c2[j] })
	sort.Sort(sort.IntSlice(c3))
	same := true
	for i := range c1 {
		if c1[i] != c2[i] || c1[i] != c3[i] {
			same = false
		}
	}
	fmt.Println(same, c1[0], c1[1500], c1[2999], sort.IsSorted(sort.IntSlice(c1)))

	// pairs sorted by first only: unstable order of the second must be Go's
	type pair struct{ k, v int }
	ps := make([]pair, 500)
	for i := range ps {
		ps[i] = pair{rnd() % 10, i}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
	sum := 0
	for i, p := range ps {
		sum += i * p.v
	}
	fmt.Println(ps[:8], sum)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)

	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(ints), func(i int) int { return 4 - ints[i] })
	fmt.Println(i, found)
	var x sort.IntSlice = []int{3, 1, 2}
	x.Sort()
	fmt.Println(x, x.Search(2), x.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
