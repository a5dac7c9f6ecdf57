package main

import "fmt"

func mustEven(n int) int {
	if n%2 != 0 {
		panic(n)
	}
	return n / 2
}

func main() {
	fmt.Println(mustEven(10))
	fmt.Println(mustEven(7))
}
