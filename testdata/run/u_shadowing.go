package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x, show())
	x := "main"
	fmt.Println(x, show())
	{
		x := 1
		x++
		fmt.Println("block", x)
	}
	if x := 2.5; x > 2 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else if", y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := len(x); {
	case x > 3:
		fmt.Println("switch", x)
	}
	f := func(x int) int { return x * 3 }
	fmt.Println(f(4), x)
	err := fmt.Errorf
	_ = err
	var v, w = 1, 2
	v, z := 3, 4
	fmt.Println(v, w, z)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	_, _ = 1, 2
	var _ int = 5
	type int string
	var s int = "typed string"
	fmt.Println(s)
}
