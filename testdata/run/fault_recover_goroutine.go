// recover in a goroutine stops only that goroutine's panic; a panic in another
// goroutine still ends the program.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker", id, "recovered:", r)
		}
	}()
	var s []int
	_ = s[id]
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(3, &wg)
	wg.Wait()
	wg.Add(1)
	go func() {
		var m map[string]bool
		m["boom"] = true
		wg.Done()
	}()
	wg.Wait()
}
