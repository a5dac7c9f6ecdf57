// Parallel assignments and definitions (values go straight into variables
// where Go's two-phase semantics allow), and comparisons of unsigned values
// in conditions.
package main

import "fmt"

type node struct {
	v    int
	next *node
}

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	i, j := 0, 9
	for i < j {
		i, j = i+1, j-1
	}
	fmt.Println(i, j)
	x, y, z := 1, 2, 3
	x, y, z = y, z, x
	fmt.Println(x, y, z)
	x, y = x+y, x*y
	fmt.Println(x, y)
	x, _ = y, x
	fmt.Println(x)
	p := &node{v: 1}
	q := &node{v: 2}
	p, q = q, &node{v: 3, next: p}
	fmt.Println(p.v, q.v, q.next.v)
	f, g := 1.5, "s"
	f, g = f*2, g+g
	fmt.Println(f, g)
	n, s := pair()
	fmt.Println(n, s)
	// redeclaration: err exists, v is new; the new v shadows nothing here
	k, err := 1, error(nil)
	v, err := k+1, fmt.Errorf("e%d", k)
	fmt.Println(v, err)
	// shadowing in an inner scope reads the outer variable
	w := 10
	{
		w, u := w+1, w*2
		fmt.Println(w, u)
	}
	fmt.Println(w)
	// a closure captures a variable: it lives in a box
	c1, c2 := 0, 0
	inc := func() { c1++ }
	c1, c2 = c2+5, c1+7
	inc()
	fmt.Println(c1, c2)
	fib1, fib2 := 0, 1
	for m := 0; m < 10; m++ {
		fib1, fib2 = fib2, fib1+fib2
	}
	fmt.Println(fib1, fib2)

	// unsigned comparisons
	var bs = []byte("Hello, World 123")
	lower, digit := 0, 0
	for _, ch := range bs {
		if ch >= 'a' && ch <= 'z' {
			lower++
		}
		if '0' <= ch && ch <= '9' {
			digit++
		}
	}
	fmt.Println(lower, digit)
	var u32 uint32 = 4000000000
	var small uint32 = 5
	fmt.Println(u32 > small, small < u32, u32 >= 3999999999)
	if u32 > 2147483647 {
		fmt.Println("above int32 max")
	}
	var u64 uint64 = 1 << 63
	if u64 > 1 {
		fmt.Println("u64 big")
	}
	var u16 uint16 = 65535
	for u16 > 65530 {
		u16--
	}
	fmt.Println(u16)
}
