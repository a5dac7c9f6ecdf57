package main

import (
	"fmt"
	"time"
)

func producer(name string, n int, delay time.Duration) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			time.Sleep(delay)
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func main() {
	a := producer("a", 3, 5*time.Millisecond)
	b := producer("b", 2, 7*time.Millisecond)
	got := map[string]bool{}
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got[v] = true
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got[v] = true
		}
	}
	fmt.Println(len(got), got)

	timeout := time.After(50 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-timeout:
		fmt.Println("timed out")
	}

	ready := make(chan int, 1)
	select {
	case v := <-ready:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	ready <- 42
	select {
	case v := <-ready:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}

	done := make(chan struct{})
	ticks := 0
	go func() {
		time.Sleep(30 * time.Millisecond)
		close(done)
	}()
loop:
	for {
		select {
		case <-done:
			break loop
		default:
			ticks++
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("ticked:", ticks > 5)
}
