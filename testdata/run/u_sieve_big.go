package main

import "fmt"

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func main() {
	const n = 5000000
	c := sieve(n)
	count := 0
	last := 0
	twin := 0
	for i := 2; i <= n; i++ {
		if !c[i] {
			count++
			if i-last == 2 {
				twin++
			}
			last = i
		}
	}
	fmt.Println("primes below", n, ":", count)
	fmt.Println("largest:", last, "twin pairs:", twin)
	sum := 0
	for i := 0; i < 20000000; i++ {
		sum += i % 7 * (i & 3)
	}
	fmt.Println(sum)
}
