// Comparisons of integers with constants in conditions (compiled to fused
// compare-with-immediate branches): every operator, the constant on either
// side, negated conditions, boundary constants, small integer types, booleans.
package main

import "fmt"

func classify(x int) string {
	s := ""
	if x < 0 {
		s += "neg "
	}
	if x <= 0 {
		s += "nonpos "
	}
	if x > 10 {
		s += "big "
	}
	if x >= 10 {
		s += "atleast10 "
	}
	if x == 7 {
		s += "seven "
	}
	if x != 7 {
		s += "notseven "
	}
	if 3 < x {
		s += "over3 "
	}
	if -5 >= x {
		s += "under-5 "
	}
	if !(x < 100) {
		s += "huge "
	}
	if x > 32767 {
		s += "i16max+ "
	}
	if x < -32768 {
		s += "i16min- "
	}
	if x == 32768 || x == -32769 {
		s += "edge "
	}
	return s
}

func main() {
	for _, x := range []int{-40000, -32769, -32768, -6, -5, -1, 0, 1, 7, 10, 11, 100, 32767, 32768} {
		fmt.Printf("%d: %s\n", x, classify(x))
	}
	var b int8 = -128
	if b < -100 && b != 0 {
		fmt.Println("int8 small")
	}
	var u uint8 = 200
	if u > 100 {
		fmt.Println("uint8 big")
	}
	var w uint64 = 1 << 63
	if w > 5 {
		fmt.Println("uint64 huge is > 5")
	}
	ok := true
	if ok == true {
		fmt.Println("bool eq")
	}
	if ok != false && !(ok == false) {
		fmt.Println("bool ne")
	}
	n := 0
	for i := 10; i > 0; i-- {
		n++
	}
	for i := 0; 5 > i; i++ {
		n++
	}
	k := 3
	for k != 0 {
		k--
		n++
	}
	fmt.Println("n", n)
	type Weekday int
	const Sunday Weekday = 0
	d := Weekday(3)
	if d > Sunday {
		fmt.Println("weekday after Sunday")
	}
	var r rune = 'a'
	if r >= 'a' && r <= 'z' {
		fmt.Println("lower")
	}
}
