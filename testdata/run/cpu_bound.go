// Two CPU-bound goroutines; each writes its own result variable, read by main
// after Wait.
package main

import (
	"fmt"
	"sync"
)

func sumSquares(from, to int) int {
	s := 0
	for i := from; i < to; i++ {
		s += i * i % 1000
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	var a, b int
	wg.Add(2)
	go func() {
		defer wg.Done()
		a = sumSquares(0, 3000000)
	}()
	go func() {
		defer wg.Done()
		b = sumSquares(3000000, 6000000)
	}()
	wg.Wait()
	fmt.Println("a =", a)
	fmt.Println("b =", b)
	fmt.Println("total =", a+b, a+b == sumSquares(0, 6000000))
}
