// A WaitGroup going negative panics with "sync: negative WaitGroup counter";
// that panic is an ordinary panic, so a deferred recover catches it.
package main

import (
	"fmt"
	"sync"
)

func tryDone(wg *sync.WaitGroup) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	wg.Done()
	return nil
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	fmt.Println(tryDone(&wg))
	fmt.Println(tryDone(&wg))
	fmt.Println(tryDone(&wg))
	wg.Wait()
	fmt.Println("waited")
	var wg2 sync.WaitGroup
	wg2.Add(1)
	go func() {
		defer wg2.Done()
		wg2.Add(-1)
	}()
	wg2.Wait()
	fmt.Println("unreachable")
}
