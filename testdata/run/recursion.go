// Recursion: fib, factorial, Ackermann, mutual recursion, gcd, deep recursion
// (the interpreter must not overflow the Rust stack), tower of Hanoi count.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = *moves + 1
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(fib(25))
	fmt.Println(fact(20))
	fmt.Println(ack(2, 3), ack(3, 3))
	fmt.Println(isEven(1000), isOdd(777))
	fmt.Println(gcd(1071, 462), gcd(17, 5))
	fmt.Println(depth(200000))
	moves := 0
	hanoi(16, "a", "c", "b", &moves)
	fmt.Println("hanoi moves", moves)
}
