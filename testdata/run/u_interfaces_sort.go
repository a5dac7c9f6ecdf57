package main

import "fmt"

type Lesser interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(data Lesser) {
	for i := 1; i < data.Len(); i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func isSorted(data Lesser) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Employee struct {
	Name   string
	Salary int
}

type BySalary []Employee

func (b BySalary) Len() int           { return len(b) }
func (b BySalary) Less(i, j int) bool { return b[i].Salary < b[j].Salary }
func (b BySalary) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ Lesser }

func (r reverse) Less(i, j int) bool { return r.Lesser.Less(j, i) }

func Reverse(l Lesser) Lesser { return reverse{l} }

func main() {
	xs := Ints{5, 2, 9, 1, 5, 6}
	fmt.Println(isSorted(xs))
	insertionSort(xs)
	fmt.Println(xs, isSorted(xs))
	insertionSort(Reverse(xs))
	fmt.Println(xs, isSorted(xs), isSorted(Reverse(xs)))
	staff := []Employee{{"ann", 5000}, {"bob", 3000}, {"cid", 7000}, {"dee", 3000}}
	insertionSort(BySalary(staff))
	for _, e := range staff {
		fmt.Printf("%-4s %5d\n", e.Name, e.Salary)
	}
	var l Lesser = BySalary(staff)
	fmt.Println(l.Len(), l.Less(0, 3))
	if r, ok := Reverse(l).(reverse); ok {
		fmt.Println("reverse wraps", r.Len(), "items")
	}
	fmt.Printf("%T %T\n", l, Reverse(l))
}
