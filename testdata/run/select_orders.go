// Goroutines selecting over the same channels in different orders, sending and
// receiving, never deadlock; every value sent is received exactly once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int, 1)
	const per = 2000
	var wg sync.WaitGroup
	send := func(x, y, z chan int, base int) {
		defer wg.Done()
		for i := 0; i < per; i++ {
			v := base + i
			select {
			case x <- v:
			case y <- v:
			case z <- v:
			}
		}
	}
	wg.Add(3)
	go send(a, b, c, 0)
	go send(c, b, a, per)
	go send(b, a, c, 2*per)
	results := make(chan int)
	recv := func(x, y, z chan int) {
		sum := 0
		for i := 0; i < per; i++ {
			select {
			case v := <-x:
				sum += v
			case v := <-y:
				sum += v
			case v := <-z:
				sum += v
			}
		}
		results <- sum
	}
	go recv(a, b, c)
	go recv(c, a, b)
	go recv(b, c, a)
	total := <-results + <-results + <-results
	wg.Wait()
	n := 3 * per
	fmt.Println(total == n*(n-1)/2, total)
}
