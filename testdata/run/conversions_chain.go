// Numeric conversions computed in place: narrowing wraps, widening keeps the
// sign, chains of conversions, float32 rounding, and conversions used as
// operands, arguments and shift counts.
package main

import "fmt"

func id(x uint64) uint64 { return x }

func main() {
	state := uint64(0xFFFF_FFFE_0000_0003)
	v := int32(state >> 32)
	w := uint32(state)
	fmt.Println(v, w)
	delta := -1
	s := uint64(delta) << 32
	fmt.Println(s, id(uint64(delta)<<32))
	x := 300
	fmt.Println(uint8(x), int8(x), uint16(int8(x)), int64(int8(x)), uint64(int8(delta)))
	var b int8 = -128
	fmt.Println(-b, int16(-b), int16(b)*-1, uint8(b))
	f := 1.1
	g := float32(f * 3)
	fmt.Println(g, float64(g) == f*3, float64(float32(0.1)))
	h := int(f*10) + int(-f*10)
	m29, m255 := -2.9, 255.9
	fmt.Println(h, int64(m29), uint8(m255))
	n := uint(3)
	fmt.Println(1<<n, int8(delta+2)<<uint8(7), uint16(1)<<(n*5))
	var big uint = 1 << 63
	fmt.Println(1<<big, -1>>big, uint32(1)<<big)
	type Celsius float64
	c := Celsius(36.6)
	fmt.Printf("%.1f %T\n", float64(c)*2, c)
	r := rune(65 + x%26)
	fmt.Println(string(r), byte(r+1))
}
