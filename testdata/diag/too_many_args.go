package main

import "fmt"

func f(a int, b string) int {
	fmt.Println(b)
	return a
}

func main() {
	fmt.Println(f(1, "two", 3.0))
}
