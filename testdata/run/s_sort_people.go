package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

type multiSorter struct {
	people []person
	less   []func(a, b *person) bool
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	for k := 0; k < len(ms.less)-1; k++ {
		switch {
		case ms.less[k](p, q):
			return true
		case ms.less[k](q, p):
			return false
		}
	}
	return ms.less[len(ms.less)-1](p, q)
}

func main() {
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30}, {"Grace", 25}, {"Heidi", 40}, {"Ivan", 30}, {"Judy", 25}, {"Ken", 35}, {"Leo", 30}, {"Mia", 25}, {"Ned", 30}}
	a := append([]person(nil), people...)
	sort.Sort(byAge(a))
	fmt.Println(a)
	b := append([]person(nil), people...)
	sort.Stable(byAge(b))
	fmt.Println(b)
	c := append([]person(nil), people...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].name[len(c[i].name)-1] < c[j].name[len(c[j].name)-1] })
	fmt.Println(c)
	d := append([]person(nil), people...)
	sort.Slice(d, func(i, j int) bool { return d[i].age > d[j].age })
	fmt.Println(d)
	sort.Sort(sort.Reverse(byAge(d)))
	fmt.Println(d, sort.IsSorted(sort.Reverse(byAge(d))))
	ms := &multiSorter{people: append([]person(nil), people...), less: []func(a, b *person) bool{
		func(a, b *person) bool { return a.age < b.age },
		func(a, b *person) bool { return a.name > b.name },
	}}
	sort.Sort(ms)
	fmt.Println(ms.people)

	xs := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(xs, 7), sort.SearchInts(xs, 8), sort.SearchInts(xs, 100))
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 4 })
	fmt.Println(i, sort.Search(100, func(i int) bool { return i*i >= 50 }))
	words := strings.Fields("pear apple fig banana cherry date")
	sort.Strings(words)
	fmt.Println(words, sort.SearchStrings(words, "cherry"), sort.StringsAreSorted(words))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 3), sort.Float64sAreSorted(fl))
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] > ints[j] }))
	sl := sort.StringSlice{"c", "a", "b"}
	sl.Sort()
	fmt.Println(sl, sl.Search("b"))
	// guessing game style binary search
	secret := 37
	guess := sort.Search(100, func(n int) bool { return n >= secret })
	fmt.Println("guessed", guess)
	// many equal keys: unstable order must match Go's pdqsort
	big := make([]person, 0, 60)
	for k := 0; k < 60; k++ {
		big = append(big, person{fmt.Sprint("p", k), (k * 7) % 5})
	}
	sort.Slice(big, func(i, j int) bool { return big[i].age < big[j].age })
	fmt.Println(big)
}
