// Benchmark: the concurrent prime sieve (a generator goroutine feeding a chain
// of filter goroutines, one per prime found, over unbuffered channels) up to
// the 3000th prime, 27449. About 3000 goroutines and a great many channel
// hand-offs. Issue 3 goal: within 3x of Go. Runs unchanged under `go run`.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	const n = 3000
	ch := make(chan int)
	go generate(ch)
	sum := 0
	prime := 0
	for i := 0; i < n; i++ {
		prime = <-ch
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println(n, prime, sum)
}
