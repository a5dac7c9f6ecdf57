// Constants: untyped arbitrary-precision arithmetic, typed constants, iota
// patterns, and how untyped constants take a type from their context.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
)

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x0, y0 = iota, iota * 10
	x1, y1
	x2, y2
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const typed int64 = 1 << 40
const half = 0.5
const third = 1.0 / 3
const intDiv = 7 / 2
const floatDiv = 7 / 2.0
const mixed = 'a' + 1
const greeting = "hello, " + "world"
const yes = 3 > 2 && "a" < "b"

func main() {
	fmt.Println(1<<100>>98, Small, Huge>>195)
	fmt.Println(Big/(Big>>1), Big%7)
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(typed, typed/1024)
	fmt.Println(half, third, intDiv, floatDiv)
	fmt.Println(mixed, greeting, yes)
	var f float64 = 3
	var i int = 1e3
	fmt.Println(f/2, i, half*4)
	const precise = 0.1 + 0.2
	fmt.Println(precise == 0.3, 0.1+0.2)
	var g = 1 << 62
	fmt.Println(g, -1<<63)
	const maxU = 1<<64 - 1
	fmt.Println(maxU>>32, maxU%1000)
	fmt.Println(Big/1e28 > 1e2)
	fmt.Println(10/4*4, 10/4.0*4, 10.0/4*4)
}
