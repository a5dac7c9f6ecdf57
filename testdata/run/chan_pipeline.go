// A pipeline: gen -> square -> filter -> print, each stage a goroutine owning
// its output channel and closing it when done; order is preserved.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	for v := range odd(sq(sq(gen(1, 2, 3, 4, 5, 6, 7)))) {
		fmt.Println(v)
	}
	// A longer chain of stages.
	var c <-chan int = gen(1, 2, 3)
	for i := 0; i < 3; i++ {
		c = sq(c)
	}
	total := 0
	for v := range c {
		total += v
	}
	fmt.Println("total", total)
}
