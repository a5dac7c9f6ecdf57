package main

func f() {}

func f() {}

type T int

var T = 1

func main() {
	a := 1
	a := 2
	var b int
	var b string
	c, d := 1, 2
	c, d := 3, 4
	_, _, _, _ = a, b, c, d
}
