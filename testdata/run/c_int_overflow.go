package main

import (
	"fmt"
	"math"
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

func popcount(x uint64) (n int) {
	for x != 0 {
		x &= x - 1
		n++
	}
	return
}

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16--
	var u16 uint16 = 65535
	u16 += 2
	var i32 int32 = math.MaxInt32
	i32 += 1
	var u32 uint32 = 1 << 31
	u32 *= 2
	var i64 int64 = math.MaxInt64
	i64++
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println(i8, u8, i16, u16, i32, u32, i64, u64)
	var ui uint = 3
	fmt.Println(ui-5 > 0, int(ui)-5)
	a, b := int8(100), int8(100)
	mn, m1 := int8(-128), int8(-1)
	fmt.Println(a+b, a*b, -mn, mn/m1, mn%m1)
	x := uint32(0xDEADBEEF)
	fmt.Printf("%x %x %x %x\n", x>>4, x<<4, x&0xFFFF, x^0xFFFFFFFF)
	fmt.Printf("%d %d %d\n", -7/2, -7%2, 7%-2)
	fmt.Printf("%d %d\n", -7>>1, int8(-1)>>7)
	var sh uint = 70
	fmt.Println(1<<sh == 0, uint64(1)<<63, int64(1)<<62)
	fmt.Println(^0, ^uint8(5), 6&^3, 5|2)
	f := FlagA | FlagC
	fmt.Println(f, f.Has(FlagB), f.Has(FlagC), FlagD, f&^FlagA)
	fmt.Println(KB, MB, GB, Sunday, Tuesday, Thursday)
	fmt.Println(popcount(0xFF00FF), popcount(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, uint32(math.MaxUint32))
	fl := 3.99
	fmt.Println(int(fl), int(-fl), uint8(int(fl)+254), int64(math.Floor(-2.5)))
	var big int64 = 1 << 40
	fmt.Println(int32(big), int16(big+7), uint8(big-1))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	var seed uint64 = 42
	for k := 0; k < 3; k++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		fmt.Print(seed>>33, " ")
	}
	fmt.Println()
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.Sqrt(2))
	hugef := 1e300
	fmt.Println(7.0/2, float32(1)/3, hugef*1e100)
	var z float64
	fmt.Println(1/z, -1/z, z/z)
}
