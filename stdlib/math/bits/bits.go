// Package bits implements bit counting and manipulation functions for the
// predeclared unsigned integer types, as Go's math/bits. The 64-bit counts and
// the full-width multiply/divide are natives (one host instruction each); the
// narrower widths and the rest are Go over them.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

// Natives.

// LeadingZeros64 returns the number of leading zero bits in x; the result is
// 64 for x == 0.
func LeadingZeros64(x uint64) int

// TrailingZeros64 returns the number of trailing zero bits in x; the result is
// 64 for x == 0.
func TrailingZeros64(x uint64) int

// OnesCount64 returns the number of one bits ("population count") in x.
func OnesCount64(x uint64) int

// Mul64 returns the 128-bit product of x and y: (hi, lo) = x * y.
func Mul64(x, y uint64) (hi, lo uint64)

// Div64 returns the quotient and remainder of (hi, lo) divided by y. It panics
// for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div64(hi, lo, y uint64) (quo, rem uint64)

// Rem64 returns the remainder of (hi, lo) divided by y. It panics for y == 0
// but, unlike Div64, not on quotient overflow.
func Rem64(hi, lo, y uint64) uint64

// --- leading zeros

// LeadingZeros returns the number of leading zero bits in x; the result is
// UintSize for x == 0.
func LeadingZeros(x uint) int { return LeadingZeros64(uint64(x)) }

// LeadingZeros8 returns the number of leading zero bits in x; the result is 8
// for x == 0.
func LeadingZeros8(x uint8) int { return LeadingZeros64(uint64(x)) - 56 }

// LeadingZeros16 returns the number of leading zero bits in x; the result is
// 16 for x == 0.
func LeadingZeros16(x uint16) int { return LeadingZeros64(uint64(x)) - 48 }

// LeadingZeros32 returns the number of leading zero bits in x; the result is
// 32 for x == 0.
func LeadingZeros32(x uint32) int { return LeadingZeros64(uint64(x)) - 32 }

// --- trailing zeros

// TrailingZeros returns the number of trailing zero bits in x; the result is
// UintSize for x == 0.
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// TrailingZeros8 returns the number of trailing zero bits in x; the result is
// 8 for x == 0.
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros16 returns the number of trailing zero bits in x; the result is
// 16 for x == 0.
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros32 returns the number of trailing zero bits in x; the result is
// 32 for x == 0.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

// --- ones count

// OnesCount returns the number of one bits ("population count") in x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 returns the number of one bits ("population count") in x.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 returns the number of one bits ("population count") in x.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 returns the number of one bits ("population count") in x.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// --- rotate

// RotateLeft returns the value of x rotated left by (k mod UintSize) bits.
// To rotate x right by k bits, call RotateLeft(x, -k).
func RotateLeft(x uint, k int) uint {
	return uint(RotateLeft64(uint64(x), k))
}

// RotateLeft8 returns the value of x rotated left by (k mod 8) bits.
func RotateLeft8(x uint8, k int) uint8 {
	const n = 8
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// RotateLeft16 returns the value of x rotated left by (k mod 16) bits.
func RotateLeft16(x uint16, k int) uint16 {
	const n = 16
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// RotateLeft32 returns the value of x rotated left by (k mod 32) bits.
func RotateLeft32(x uint32, k int) uint32 {
	const n = 32
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// RotateLeft64 returns the value of x rotated left by (k mod 64) bits.
func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// --- reverse

// Reverse returns the value of x with its bits in reversed order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 returns the value of x with its bits in reversed order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 returns the value of x with its bits in reversed order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 returns the value of x with its bits in reversed order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 returns the value of x with its bits in reversed order.
func Reverse64(x uint64) uint64 {
	const m0 = 0x5555555555555555
	const m1 = 0x3333333333333333
	const m2 = 0x0f0f0f0f0f0f0f0f
	x = x>>1&m0 | x&m0<<1
	x = x>>2&m1 | x&m1<<2
	x = x>>4&m2 | x&m2<<4
	return ReverseBytes64(x)
}

// ReverseBytes returns the value of x with its bytes in reversed order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 returns the value of x with its bytes in reversed order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns the value of x with its bytes in reversed order.
func ReverseBytes32(x uint32) uint32 {
	return uint32(ReverseBytes64(uint64(x)) >> 32)
}

// ReverseBytes64 returns the value of x with its bytes in reversed order.
func ReverseBytes64(x uint64) uint64 {
	const m3 = 0x00ff00ff00ff00ff
	const m4 = 0x0000ffff0000ffff
	x = x>>8&m3 | x&m3<<8
	x = x>>16&m4 | x&m4<<16
	return x>>32 | x<<32
}

// --- length

// Len returns the minimum number of bits required to represent x; the result
// is 0 for x == 0.
func Len(x uint) int { return 64 - LeadingZeros64(uint64(x)) }

// Len8 returns the minimum number of bits required to represent x; the result
// is 0 for x == 0.
func Len8(x uint8) int { return 64 - LeadingZeros64(uint64(x)) }

// Len16 returns the minimum number of bits required to represent x; the result
// is 0 for x == 0.
func Len16(x uint16) int { return 64 - LeadingZeros64(uint64(x)) }

// Len32 returns the minimum number of bits required to represent x; the result
// is 0 for x == 0.
func Len32(x uint32) int { return 64 - LeadingZeros64(uint64(x)) }

// Len64 returns the minimum number of bits required to represent x; the result
// is 0 for x == 0.
func Len64(x uint64) int { return 64 - LeadingZeros64(x) }

// --- add with carry

// Add returns the sum with carry of x, y and carry: sum = x + y + carry. The
// carry input must be 0 or 1; carryOut is guaranteed to be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns the sum with carry of x, y and carry: sum = x + y + carry.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	sum64 := uint64(x) + uint64(y) + uint64(carry)
	sum = uint32(sum64)
	carryOut = uint32(sum64 >> 32)
	return
}

// Add64 returns the sum with carry of x, y and carry: sum = x + y + carry.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// --- subtract with borrow

// Sub returns the difference of x, y and borrow: diff = x - y - borrow. The
// borrow input must be 0 or 1; borrowOut is guaranteed to be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns the difference of x, y and borrow, diff = x - y - borrow.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

// Sub64 returns the difference of x, y and borrow: diff = x - y - borrow.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// --- full-width multiply

// Mul returns the full-width product of x and y: (hi, lo) = x * y.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y: (hi, lo) = x * y.
func Mul32(x, y uint32) (hi, lo uint32) {
	tmp := uint64(x) * uint64(y)
	hi, lo = uint32(tmp>>32), uint32(tmp)
	return
}

// --- full-width divide

// Div returns the quotient and remainder of (hi, lo) divided by y. It panics
// for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 returns the quotient and remainder of (hi, lo) divided by y. It panics
// for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		Div64(1, 0, 1) // panics with Go's "integer overflow" run-time error
	}
	q, r := Div64(0, uint64(hi)<<32|uint64(lo), uint64(y))
	return uint32(q), uint32(r)
}

// Rem returns the remainder of (hi, lo) divided by y. It panics for y == 0
// but, unlike Div, not on quotient overflow.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// Rem32 returns the remainder of (hi, lo) divided by y. It panics for y == 0
// but, unlike Div32, not on quotient overflow.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32(Rem64(0, uint64(hi)<<32|uint64(lo), uint64(y)))
}
