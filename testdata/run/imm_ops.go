// Integer arithmetic with constant operands (immediate instructions): every
// operator on signed and unsigned types of each width, negative and boundary
// values, wrapping, division truncation, shifts by constants, and compound
// assignments.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []int64{0, 1, -1, 7, -7, 100, -100, math.MaxInt64, math.MinInt64, 32767, -32768}
	for _, x := range xs {
		fmt.Println(x*3, x*-2, x/2, x/-3, x%7, x%-7, x&0x0F0F, x|-16, x^255, x<<3, x>>2, x>>63)
	}
	var i8 int8 = -128
	fmt.Println(i8/-1, i8*3, i8%3, i8<<1, i8>>3, i8|1, i8^-1)
	var u8 uint8 = 250
	fmt.Println(u8*3, u8/7, u8%7, u8<<2, u8>>1, u8&0x0F, u8|0x01, u8^0xFF)
	var u16 uint16 = 65535
	fmt.Println(u16*2, u16/256, u16%256, u16<<4, u16>>4)
	var u32 uint32 = 4294967295
	fmt.Println(u32*2, u32/3, u32%1000, u32<<1, u32>>31)
	var u64 uint64 = math.MaxUint64
	fmt.Println(u64*3, u64/3, u64%1000, u64<<1, u64>>63, u64&0xFF, u64|1, u64^1)
	var i32 int32 = math.MinInt32
	fmt.Println(i32/-1, i32*2, i32%10, i32>>1)
	n := 1000
	n *= 3
	n /= 7
	n %= 100
	n <<= 4
	n >>= 2
	n &= 0xFF
	n |= 0x100
	n ^= 5
	fmt.Println(n)
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	big := 1 << 40
	fmt.Println(big*100, big/1000, big%1000003)
	y := -17
	fmt.Println(y/4, y%4, y>>1, -y/4, uint(y)>>60)
}
