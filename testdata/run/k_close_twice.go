// Closing a channel twice from a shutdown path, recovered; then an
// unrecovered send on a closed channel inside a goroutine kills the program.
package main

import (
	"fmt"
	"sync"
)

type Service struct {
	quit chan struct{}
	once sync.Once
}

func (s *Service) StopBad() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stop: %v", r)
		}
	}()
	close(s.quit)
	return nil
}

func (s *Service) StopGood() {
	s.once.Do(func() { close(s.quit) })
}

func main() {
	s := &Service{quit: make(chan struct{})}
	fmt.Println(s.StopBad())
	fmt.Println(s.StopBad())
	s2 := &Service{quit: make(chan struct{})}
	s2.StopGood()
	s2.StopGood()
	_, ok := <-s2.quit
	fmt.Println("s2 closed:", !ok)

	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			fmt.Println("send recovered:", r, isErr)
			if isErr {
				fmt.Println("msg:", err.Error())
			}
		}()
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	}()

	results := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range results {
			fmt.Println("result", v)
		}
		done <- true
	}()
	results <- 1
	results <- 2
	close(results)
	<-done
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		results <- 3
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
