package main

import "fmt"

type IntIter func() (int, bool)

func rangeIter(from, to, step int) IntIter {
	cur := from
	return func() (int, bool) {
		if cur >= to {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func filterIter(it IntIter, pred func(int) bool) IntIter {
	return func() (int, bool) {
		for {
			v, ok := it()
			if !ok {
				return 0, false
			}
			if pred(v) {
				return v, true
			}
		}
	}
}

func mapIter(it IntIter, f func(int) int) IntIter {
	return func() (int, bool) {
		v, ok := it()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func take(it IntIter, n int) []int {
	var out []int
	for len(out) < n {
		v, ok := it()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func primes() IntIter {
	var found []int
	n := 1
	return func() (int, bool) {
	next:
		for {
			n++
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					continue next
				}
			}
			found = append(found, n)
			return n, true
		}
	}
}

func main() {
	evens := filterIter(rangeIter(0, 20, 1), func(x int) bool { return x%2 == 0 })
	squares := mapIter(evens, func(x int) int { return x * x })
	fmt.Println(take(squares, 100))
	fmt.Println(take(rangeIter(5, 50, 7), 3))
	f := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), ",")
	}
	fmt.Println()
	fmt.Println(take(primes(), 15))
	p := primes()
	sum := 0
	for i := 0; i < 100; i++ {
		v, _ := p()
		sum += v
	}
	fmt.Println("sum of first 100 primes:", sum)
}
