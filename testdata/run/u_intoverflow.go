package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 wrap:", a)
	var b uint8 = 0
	b--
	fmt.Println("uint8 wrap:", b)
	var c int16 = -32768
	c = -c
	fmt.Println("int16 neg:", c)
	var d uint32 = 1 << 31
	d *= 2
	fmt.Println("uint32 mul:", d)
	var e int64 = 9223372036854775807
	e += 1
	fmt.Println("int64 wrap:", e)
	var u uint64 = 1<<64 - 1
	fmt.Println("max u64:", u, u+1)

	x := 0xDEADBEEF
	fmt.Printf("%x %X %o %b\n", x, x, 255, 10)
	fmt.Printf("%08b|%-6d|%6d|%+d\n", 5, 42, 42, 42)
	var y uint16 = 0xFFFF
	fmt.Println(y>>4, y<<4, y&^0x0F0F, ^y)
	var z int32 = -17
	fmt.Println(z/5, z%5, z>>1, uint32(z))
	fmt.Println(int8(200+0*int(z)), uint8(int16(z)+16), int64(int32(-5)))

	h := uint32(2166136261)
	for _, ch := range []byte("hello world") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv:", h)

	var r rune = 'é'
	var by byte = 'A'
	fmt.Println(r, by, string(r), string(rune(by+1)))
	fmt.Printf("%c %c %U %d\n", r, by, r, by)

	var acc uint8
	for i := 0; i < 300; i++ {
		acc += 3
	}
	fmt.Println("acc:", acc)
	const big = 1 << 40
	fmt.Println(big>>38, int64(big)*4)
}
