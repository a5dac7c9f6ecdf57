package main

import "fmt"

func main() {
	a := 1
	b, c := 2, 3
	fmt.Println(b)
	var d int
	f := func() {
		e := 4
	}
	f()
	if x := 5; true {
		x := 6
	}
	for i := 0; i < 3; i++ {
		i := i
	}
	_ = c
}
