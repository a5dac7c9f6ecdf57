package main

import "fmt"

func first() int {
	x := 1 +
	return x
}

func second() {
	fmt.Println("a" "b")
}

func fine() int {
	return 42
}

func third() {
	for i := 0; i < 3 i++ {
		fmt.Println(i)
	}
}

func main() {
	first()
	second()
	third()
	fmt.Println(fine())
}
