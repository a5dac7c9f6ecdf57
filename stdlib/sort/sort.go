// Package sort provides primitives for sorting slices and user-defined
// collections. The unstable sorts use Go's pattern-defeating quicksort step for
// step, so elements that compare equal end up in the same order as with Go;
// the stable sorts are insertion sort plus SymMerge, as in Go. sort.Ints and
// sort.Strings are natives (equal elements are indistinguishable there);
// sort.Slice swaps elements of any type through a native.
package sort

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// lessSwap is the pair of functions every algorithm here works through.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

func bitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// Sort sorts data in ascending order as determined by the Less method. It
// makes one call to data.Len and O(n*log(n)) calls to Less and Swap. The sort
// is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	limit := bitsLen(uint(n))
	pdqsort(lessSwap{data.Less, data.Swap}, 0, n, limit)
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	stable(lessSwap{data.Less, data.Swap}, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceLen and sliceSwap are natives over the slice held by x: its length,
// and the exchange of two elements of any element type. A non-slice panics as
// Go's reflect does.
func sliceLen(x any) int
func sliceSwap(x any, i, j int)

// Slice sorts the slice x given the provided less function. It panics if x is
// not a slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	length := sliceLen(x)
	swap := func(i, j int) { sliceSwap(x, i, j) }
	limit := bitsLen(uint(length))
	pdqsort(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := func(i, j int) { sliceSwap(x, i, j) }
	stable(lessSwap{less, swap}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse wraps an Interface and inverts Less.
type reverse struct {
	data Interface
}

func (r reverse) Len() int           { return r.data.Len() }
func (r reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// Search uses binary search to find and return the smallest index i in [0, n)
// at which f(i) is true, assuming that on the range [0, n), f(i) == true
// implies f(i+1) == true. If there is no such index, Search returns n.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find and return the smallest index i in [0, n)
// at which cmp(i) <= 0, and whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Ints(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in increasing
// order, with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool {
	return f != f
}

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Strings(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts a slice of ints in increasing order (a native).
func Ints(x []int)

// Strings sorts a slice of strings in increasing order (a native).
func Strings(x []string)

// Float64s sorts a slice of float64s in increasing order; not-a-number values
// are ordered before other values.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with not-a-number values before any other values.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// SearchInts searches for x in a sorted slice of ints and returns the index
// as specified by Search: the index to insert x if it is not present.
func SearchInts(a []int, x int) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchFloat64s searches for x in a sorted slice of float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings.
func SearchStrings(a []string, x string) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}
