// Sized integer types: wrap-around on overflow, conversions between sizes
// (truncation, sign extension), unsigned arithmetic and shifts.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = 300
	fmt.Println(int8(c), uint8(c), int16(int8(c)))
	var d int32 = -1
	fmt.Println(uint32(d), uint64(uint32(d)), int64(d))
	var e uint64 = 1 << 63
	fmt.Println(e, e>>62, int64(e))
	var f uint = 3
	fmt.Println(f-4 > 0, f/2, f%2)
	var g int64 = 1 << 40
	fmt.Println(g*g/g, int32(g), int32(g+5))
	var h uint16 = 65535
	h += 2
	fmt.Println(h)
	var m int32 = 1 << 30
	m *= 4
	fmt.Println(m)
	var x uint8 = 200
	var y uint8 = 100
	fmt.Println(x+y, x-y, y-x, x*2, x/3)
	var s int8 = -128
	fmt.Println(-s, s/-1, s>>1, uint8(s)>>1)
	var sh uint32 = 1
	fmt.Println(sh<<31, sh<<32, sh<<33)
	fmt.Println(int(int8(-3))*int(uint8(3)))
	var bigU uint64 = 18446744073709551615
	fmt.Println(bigU, bigU+1, bigU/3)
	var by byte = 'A'
	var r rune = 'é'
	fmt.Println(by, r, by+1)
	fmt.Println(^uint8(0), ^int8(0), ^uint16(1))
}
