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

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if pred(n) {
				out <- n
			}
		}
	}()
	return out
}

func sum(in <-chan int) int {
	s := 0
	for v := range in {
		s += v
	}
	return s
}

func primeSieve(n int) []int {
	ch := make(chan int)
	go func() {
		for i := 2; ; i++ {
			ch <- i
		}
	}()
	var primes []int
	for i := 0; i < n; i++ {
		p := <-ch
		primes = append(primes, p)
		in := ch
		out := make(chan int)
		go func(p int) {
			for {
				v := <-in
				if v%p != 0 {
					out <- v
				}
			}
		}(p)
		ch = out
	}
	return primes
}

func main() {
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(v)
	}
	odd := func(n int) bool { return n%2 == 1 }
	fmt.Println("sum of odd squares:", sum(filter(sq(gen(1, 2, 3, 4, 5, 6, 7)), odd)))
	fmt.Println("primes:", primeSieve(20))
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
}
