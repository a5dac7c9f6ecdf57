package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (t *T) String() string { return "" }

func main() {
	x := 5
	_ = x.(int)
	var s Stringer
	_ = s.(T)
	var e interface{} = 1
	n := e + 1
	v, ok := e.(int), true
	fmt.Println(n, v, ok)
}
