// Counting primes in ranges with one goroutine per range (CPU-bound work),
// each writing into its own struct, joined with a WaitGroup; a formatted
// table and a check against a sequential count.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	lo, hi  int
	primes  int
	largest int
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func (j *job) run(wg *sync.WaitGroup) {
	defer wg.Done()
	for n := j.lo; n < j.hi; n++ {
		if isPrime(n) {
			j.primes++
			j.largest = n
		}
	}
}

func main() {
	const step = 50000
	var j1, j2, j3, j4 job
	j1.lo, j1.hi = 0, step
	j2.lo, j2.hi = step, 2*step
	j3.lo, j3.hi = 2*step, 3*step
	j4.lo, j4.hi = 3*step, 4*step

	var wg sync.WaitGroup
	wg.Add(4)
	go j1.run(&wg)
	go j2.run(&wg)
	go j3.run(&wg)
	go (&j4).run(&wg)
	wg.Wait()

	fmt.Printf("%-8s %-8s %7s %8s\n", "from", "to", "primes", "largest")
	show := func(j *job) {
		fmt.Printf("%-8d %-8d %7d %8d\n", j.lo, j.hi, j.primes, j.largest)
	}
	show(&j1)
	show(&j2)
	show(&j3)
	show(&j4)
	total := j1.primes + j2.primes + j3.primes + j4.primes

	seq := 0
	for n := 0; n < 4*step; n++ {
		if isPrime(n) {
			seq++
		}
	}
	fmt.Println("total", total, "sequential", seq, "agree", total == seq)
}
