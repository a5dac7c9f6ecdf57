package main

import "fmt"

func shifts(n uint) {
	var u8 uint8 = 0xFF
	var i8 int8 = -128
	var u64 uint64 = 1
	var i64 int64 = -1
	fmt.Println(u8<<n, u8>>n, i8>>n, i8<<n, u64<<n, i64>>n, i64<<n)
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	for _, n := range []uint{0, 1, 7, 8, 63, 64, 100} {
		shifts(n)
	}
	for _, p := range [][2]int{} {
		_ = p
	}
	pairs := []struct{ a, b int }{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}}
	for _, p := range pairs {
		q, r := divmod(p.a, p.b)
		fmt.Printf("%3d / %2d = %2d rem %2d\n", p.a, p.b, q, r)
	}
	minI64 := int64(-1 << 63)
	fmt.Println(minI64, abs(minI64), minI64/-1, minI64%-1)
	var m8 int8 = -128
	fmt.Println(m8/-1, -m8, m8*-1)
	fmt.Printf("%x %X %o %b %d\n", -255, -255, -8, -5, uint8(250)+uint8(len(pairs))*2)
	var u uint = 3
	var i int = -3
	fmt.Println(u-4 > 0, uint32(i), uint16(i), int8(u*100))
	fmt.Println(^uint8(0), ^int8(0), ^0, -(-128))
	const c = 1 << 62
	fmt.Println(c-1+c, uint64(c)*3-1)
	var x uint32 = 1
	for k := 0; k < 40; k++ {
		x = x*3 + 1
	}
	fmt.Println(x, int32(x), uint8(x))
	var h uint64 = 14695981039346656037
	for _, b := range []byte("gopher") {
		h ^= uint64(b)
		h *= 1099511628211
	}
	fmt.Println(h, h%1000, int64(h))
	fmt.Println(0x7fffffff+int64(1), int32(0x7fffffff)+int32(u)-3)
	var bits uint16 = 0b1010_1010
	fmt.Println(bits, bits&^0b1000_0000, 1_000_000, 0o17, 0x1p4)
}
