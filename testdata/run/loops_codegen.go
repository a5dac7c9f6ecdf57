// Loop shapes and assignments whose lowering is optimised (inverted loops, the
// fused `i++; i < n` bottom test, assignments computed straight into the
// variable): every form must keep Go's semantics.
package main

import "fmt"

type node struct {
	v    int
	next *node
}

var calls int

func limit(n int) int {
	calls++
	return n
}

func main() {
	// zero iterations, one iteration, and a condition with side effects
	for i := 0; i < 0; i++ {
		fmt.Println("never")
	}
	for i := 0; i < limit(3); i++ {
		fmt.Print(i, " ")
	}
	fmt.Println("calls", calls)

	// <= bound, continue, break, and the variable after the loop
	j := 0
	for j = 1; j <= 10; j++ {
		if j%2 == 0 {
			continue
		}
		if j > 7 {
			break
		}
		fmt.Print(j, " ")
	}
	fmt.Println("j", j)

	// the counter changed in the body
	n := 0
	for i := 0; i < 20; i++ {
		i += 2
		n++
	}
	fmt.Println("n", n)

	// the bound changed in the body
	bound := 5
	cnt := 0
	for i := 0; i < bound; i++ {
		if i == 2 {
			bound = 8
		}
		cnt++
	}
	fmt.Println("cnt", cnt)

	// closures capture a variable declared in the body (one per iteration)
	var fs []func() int
	for i := 0; i < 3; i++ {
		k := i
		fs = append(fs, func() int { return k * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// condition containing a function literal
	m := 0
	for i := 0; func() bool { return i < 4 }(); i++ {
		m += i
	}
	fmt.Println("m", m)

	// counting down and by steps
	for i := 10; i > 0; i -= 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// overflow at the top of the range wraps as in Go
	var b int8
	steps := 0
	for b = 120; b > 0; b++ {
		steps++
	}
	fmt.Println("b", b, "steps", steps)

	// assignments that read their own variable
	x, sum := 1, 0
	for i := 0; i < 1000; i++ {
		x = x*3 + i
		sum += x & 1023
	}
	fmt.Println(x, sum)
	var p *node
	for i := 0; i < 3; i++ {
		p = &node{v: i, next: p}
	}
	for q := p; q != nil; q = q.next {
		fmt.Print(q.v, " ")
	}
	fmt.Println()
	a, c := 1, 2
	a, c = c, a
	fmt.Println(a, c)
	f := 1.5
	f = f*f - f/3
	fmt.Println(f)
	s := "ab"
	s = s + s[:1]
	fmt.Println(s)
	ok := true
	ok = !ok || len(s) > 5
	fmt.Println(ok)
	u := uint8(200)
	u = u + u/2
	fmt.Println(u)
	y := 7
	y = y / 2 % 3
	fmt.Println(y)

	// range loops: empty, break, continue, modification of the ranged slice
	var empty []int
	for range empty {
		fmt.Println("never")
	}
	xs := []int{1, 2, 3, 4, 5}
	total := 0
	for i, v := range xs {
		if i == 0 {
			xs = append(xs, 100)
			xs[4] = 50
		}
		if v%2 == 0 {
			continue
		}
		if v > 40 {
			break
		}
		total += v
	}
	fmt.Println("total", total, len(xs))
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		fmt.Print(i, arr[i])
	}
	fmt.Println()
	for i, r := range "héllo" {
		fmt.Print(i, string(r))
	}
	fmt.Println()

	// labeled continue of an outer counting loop
	pairs := 0
outer:
	for i := 0; i < 4; i++ {
		for k := 0; k < 4; k++ {
			if k > i {
				continue outer
			}
			pairs++
		}
	}
	fmt.Println("pairs", pairs)
}
