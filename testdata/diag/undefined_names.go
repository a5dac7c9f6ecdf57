package main

import "fmt"

type T struct {
	foo int
	Name string
}

func (t T) bar() int { return t.foo }

func main() {
	var t T
	fmt.Println(t.Foo)
	fmt.Println(t.Bar())
	fmt.Println(t.Missing)
	t.name = "x"
	p := &t
	p.Baz()
	fmt.Printn("x")
	undefinedFunc(1)
	var u Unknown
	_ = u
}
