package main

import (
	"fmt"
	"sync"
)

func process(data []int, from, to int) int {
	s := 0
	for _, v := range data[from:to] {
		s += v
	}
	return s
}

func main() {
	data := []int{1, 2, 3, 4}
	fmt.Println(process(data, 0, 4))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println(process(data, 2, 7))
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("not reached")
}
