package main

import "fmt"

type Celsius float64

func main() {
	a := 1
	b := "two"
	fmt.Println(a + b)
	var f float64 = 1.5
	fmt.Println(a * f)
	var c Celsius = 3
	fmt.Println(c + f)
	fmt.Println(a == b)
	var i8 int8 = 1
	var i16 int16 = 2
	if i8 < i16 {
	}
	s := "x" + 1
	_ = s
}
