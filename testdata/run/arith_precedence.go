// Integer arithmetic and Go's operator precedence (5 levels), truncated
// division, shifts, bit operators, comparison and logical operators.
package main

import "fmt"

func main() {
	a, b, c := 7, 3, 2
	fmt.Println(a+b*c, (a+b)*c, a-b-c, a-(b-c))
	fmt.Println(a/b, a%b, -a/b, -a%b, a/-b, a%-b)
	fmt.Println(a<<c, a>>1, -a>>1, 1<<10-1, 1<<(10-1))
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	fmt.Println(a*b/c, a*(b/c), a+b<<c, a|b&c, a^b|c)
	fmt.Println(a > b && b > c, a < b || b < c, !(a == b), a != b)
	fmt.Println(a+b == 10, a-b <= 4, c*c >= 4 && c*c < 5)
	fmt.Println(100/7*7+100%7 == 100)

	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 6
	x %= 5
	fmt.Println("x =", x)
	y := 0xF0
	y |= 0x0F
	y &= 0x3C
	y ^= 0xFF
	y <<= 2
	y >>= 1
	y &^= 0x10
	fmt.Println("y =", y)
	x++
	x++
	y--
	fmt.Println(x, y)

	// Short-circuit evaluation: the right side runs only when needed.
	calls := 0
	t := func(v bool) bool {
		calls++
		return v
	}
	r1 := t(false) && t(true)
	r2 := t(true) || t(false)
	r3 := t(true) && t(false) || t(true)
	fmt.Println(r1, r2, r3, "calls", calls)

	// Large values wrap around like Go's 64-bit int.
	big := 9223372036854775807
	big++
	fmt.Println(big, big-1)
	m := -9223372036854775808
	fmt.Println(m/-1, m%-1)
	h := 1
	for i := 0; i < 70; i++ {
		h *= 3
	}
	fmt.Println("3^70 wraps to", h)
}
