package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup saw:", r)
		panic(fmt.Sprintf("cleanup failed after %v", r))
	}
}

func main() {
	defer fmt.Println("outer deferred")
	defer cleanup()
	var xs []int
	fmt.Println(xs[1])
}
