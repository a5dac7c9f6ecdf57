// The three for forms (three-clause, condition only, infinite with break),
// break and continue, nested loops, and for range over an integer.
package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println("sum", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("n", n)

	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	fmt.Println("k", k)

	odd := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println("odd", odd)

	for i := 1; i <= 3; i++ {
		for j := 1; j <= 3; j++ {
			if j > i {
				break
			}
			fmt.Print(i*j, " ")
		}
	}
	fmt.Println()

	count := 0
	for i := 0; i < 1000; i++ {
		for j := 0; j < 1000; j++ {
			if (i+j)%7 == 0 {
				count++
			}
		}
	}
	fmt.Println("count", count)

	i := 10
	for ; i > 0; i -= 3 {
	}
	fmt.Println("i", i)

	for j := 0; ; j++ {
		if j*j > 50 {
			fmt.Println("first square over 50:", j)
			break
		}
	}

	collatz := 27
	steps := 0
	for collatz != 1 {
		if collatz%2 == 0 {
			collatz /= 2
		} else {
			collatz = 3*collatz + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)
}
