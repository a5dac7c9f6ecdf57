// range over channels: buffered and unbuffered, a closed channel drains its
// buffer first, and v, ok reports the end.
package main

import "fmt"

func main() {
	queue := make(chan string, 3)
	queue <- "one"
	queue <- "two"
	queue <- "three"
	close(queue)
	fmt.Println(len(queue), cap(queue))
	for elem := range queue {
		fmt.Println(elem)
	}
	fmt.Println(len(queue))

	fib := make(chan int)
	go func() {
		a, b := 0, 1
		for i := 0; i < 10; i++ {
			fib <- a
			a, b = b, a+b
		}
		close(fib)
	}()
	for v := range fib {
		fmt.Print(v, " ")
	}
	fmt.Println()

	c := make(chan int, 1)
	c <- 42
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	count := 0
	for range c {
		count++
	}
	fmt.Println("count", count)
}
