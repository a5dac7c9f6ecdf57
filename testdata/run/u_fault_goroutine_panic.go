package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID      int
	Divisor int
}

func run(t Task) int {
	return 100 / t.Divisor
}

func main() {
	tasks := []Task{{1, 5}, {2, 0}}
	var wg sync.WaitGroup
	fmt.Println("starting")
	wg.Add(1)
	go func() {
		for _, t := range tasks {
			fmt.Println("task", t.ID, "=", run(t))
		}
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
