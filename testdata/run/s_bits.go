package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, ^uint64(0), 0x0123456789abcdef}
	for _, x := range xs {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 7), bits.RotateLeft64(x, -9))
		x32 := uint32(x)
		fmt.Println(" 32:", bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32), bits.Len32(x32),
			bits.Reverse32(x32), bits.ReverseBytes32(x32), bits.RotateLeft32(x32, 3), bits.RotateLeft32(x32, -33))
		x16 := uint16(x)
		fmt.Println(" 16:", bits.LeadingZeros16(x16), bits.TrailingZeros16(x16), bits.OnesCount16(x16), bits.Len16(x16),
			bits.Reverse16(x16), bits.ReverseBytes16(x16), bits.RotateLeft16(x16, 5))
		x8 := uint8(x)
		fmt.Println(" 8:", bits.LeadingZeros8(x8), bits.TrailingZeros8(x8), bits.OnesCount8(x8), bits.Len8(x8),
			bits.Reverse8(x8), bits.RotateLeft8(x8, -1))
		u := uint(x)
		fmt.Println(" uint:", bits.LeadingZeros(u), bits.TrailingZeros(u), bits.OnesCount(u), bits.Len(u),
			bits.Reverse(u), bits.ReverseBytes(u), bits.RotateLeft(u, 1))
	}
	fmt.Println(bits.UintSize)

	// 128-bit arithmetic: add, subtract, multiply, divide
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d, b = bits.Sub64(5, 3, 1)
	fmt.Println(d, b)
	s32, c32 := bits.Add32(1<<31, 1<<31, 1)
	fmt.Println(s32, c32)
	d32, b32 := bits.Sub32(1, 2, 0)
	fmt.Println(d32, b32)
	su, cu := bits.Add(3, 4, 1)
	du, bu := bits.Sub(3, 4, 1)
	fmt.Println(su, cu, du, bu)
	hi, lo := bits.Mul64(0xdeadbeefcafebabe, 0x123456789abcdef1)
	fmt.Println(hi, lo)
	q, r := bits.Div64(hi, lo, 0x123456789abcdef1)
	fmt.Println(q, r)
	q, r = bits.Div64(7, 12345, 1<<40)
	fmt.Println(q, r, bits.Rem64(1<<50, 99, 1000))
	h32, l32 := bits.Mul32(0xffffffff, 0xfffffffe)
	fmt.Println(h32, l32)
	q32, r32 := bits.Div32(3, 17, 7)
	fmt.Println(q32, r32, bits.Rem32(9, 9, 4))
	hu, lu := bits.Mul(1<<40, 1<<40)
	qu, ru := bits.Div(hu, lu+5, 1<<41)
	fmt.Println(hu, lu, qu, ru, bits.Rem(5, 6, 7))

	// 128-bit counter with carries
	var h, l uint64 = 0, ^uint64(0) - 2
	for i := 0; i < 5; i++ {
		var carry uint64
		l, carry = bits.Add64(l, 1, 0)
		h, _ = bits.Add64(h, 0, carry)
		fmt.Println(h, l)
	}

	// panics are Go's run-time errors
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(name, ok, err)
		}()
		f()
	}
	try("div0", func() { bits.Div64(0, 1, 0) })
	try("overflow", func() { bits.Div64(5, 1, 5) })
	try("div32", func() { bits.Div32(9, 1, 3) })
	try("rem0", func() { bits.Rem64(1, 1, 0) })
	fmt.Println(bits.Rem64(5, 1, 5))
}
