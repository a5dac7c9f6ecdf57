package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

func SortBy[T any, K Ordered](s []T, key func(T) K) {
	sort.SliceStable(s, func(i, j int) bool { return key(s[i]) < key(s[j]) })
}

func IsSorted[T Ordered](s []T) bool {
	for i := 1; i < len(s); i++ {
		if s[i] < s[i-1] {
			return false
		}
	}
	return true
}

func BinarySearch[T Ordered](s []T, x T) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi) / 2
		if s[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(s) && s[lo] == x
}

func Reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Uniq[T comparable](s []T) []T {
	seen := make(map[T]bool)
	out := s[:0]
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

type byKey[T any, K Ordered] struct {
	items []T
	key   func(T) K
}

func (b byKey[T, K]) Len() int           { return len(b.items) }
func (b byKey[T, K]) Less(i, j int) bool { return b.key(b.items[i]) < b.key(b.items[j]) }
func (b byKey[T, K]) Swap(i, j int)      { b.items[i], b.items[j] = b.items[j], b.items[i] }

type Employee struct {
	Name   string
	Salary float64
	Dept   string
}

type Name string

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	SortSlice(ints)
	fmt.Println(ints, IsSorted(ints))
	i, found := BinarySearch(ints, 8)
	j, found2 := BinarySearch(ints, 4)
	fmt.Println(i, found, j, found2)

	names := []Name{"carol", "alice", "bob"}
	SortSlice(names)
	fmt.Println(names, IsSorted(names))

	emps := []Employee{
		{"Ann", 5200, "eng"},
		{"Bo", 4100, "ops"},
		{"Cy", 6100, "eng"},
		{"Di", 4100, "eng"},
	}
	SortBy(emps, func(e Employee) float64 { return e.Salary })
	for _, e := range emps {
		fmt.Printf("%s:%.0f ", e.Name, e.Salary)
	}
	fmt.Println()
	SortBy(emps, func(e Employee) string { return e.Dept })
	fmt.Println(emps[0].Name, emps[3].Name)

	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	u := Uniq(words)
	Reverse(u)
	fmt.Println(u, len(u))
	sort.Sort(byKey[string, int]{u, func(s string) int { return len(s) }})
	fmt.Println(IsSorted([]float64{1, 2, 2.5}), IsSorted([]string{"b", "a"}))
	bk := byKey[Employee, string]{emps, func(e Employee) string { return e.Name }}
	sort.Sort(sort.Reverse(bk))
	fmt.Println(emps[0].Name, bk.Len())
	fmt.Printf("%T\n", bk)
}
