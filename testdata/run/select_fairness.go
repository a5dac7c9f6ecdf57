// select chooses uniformly at random among ready cases: with two always-ready
// channels each is chosen about half the time (checked, not printed).
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	const n = 20000
	for i := 0; i < n; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fair := counts[0] > n/2-600 && counts[0] < n/2+600
	fmt.Println("total:", counts[0]+counts[1], "fair:", fair)

	closed := make(chan struct{})
	close(closed)
	var hits [3]int
	for i := 0; i < 3000; i++ {
		select {
		case <-closed:
			hits[0]++
		case <-closed:
			hits[1]++
		case <-closed:
			hits[2]++
		}
	}
	ok := true
	for _, h := range hits {
		ok = ok && h > 800 && h < 1200
	}
	fmt.Println("three ways fair:", ok)
}
