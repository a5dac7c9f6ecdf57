package main

import "fmt"

type Shape interface{ Area() float64 }

func try(name string, f func()) {
	defer func() { fmt.Printf("%-10s %v\n", name, recover()) }()
	f()
}

func main() {
	var x interface{} = 1
	var s interface{} = "str"
	try("toiface", func() { _ = x.(fmt.Stringer) })
	try("toshape", func() { _ = s.(Shape) })
	try("nilface", func() { var e interface{}; _ = e.(int) })
	try("nilshape", func() { var sh Shape; _ = sh.(interface{ Perimeter() float64 }) })
	try("nilfunc", func() { var f func(); f() })
	try("unhash", func() { m := map[interface{}]int{}; m[[]int{1}] = 1 })
	try("uncomp", func() { var a, b interface{} = []int{1}, []int{1}; _ = a == b })
	try("uncomp2", func() { var a, b interface{} = map[int]int{}, 1; _ = a == b })
	try("arridx", func() { var a [3]int; i := 5; a[i] = 1 })
	try("stridx", func() { s := "abc"; i := 3; _ = s[i] })
	try("nilmeth", func() { var sh Shape; sh.Area() })
	try("conv", func() { var v interface{} = int64(1); _ = v.(int) })
	try("named", func() { type T struct{}; var v interface{} = T{}; _ = v.(string) })
	try("ptr", func() { var v interface{} = &struct{ A int }{}; _ = v.(int) })
}
