package main

import "fmt"

func main() {
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func(n int) {
			results <- n * 10
		}(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
