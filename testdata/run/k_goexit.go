// runtime.Goexit runs the goroutine's deferred calls, cannot be stopped by
// recover (recover returns nil), and when main calls it the program keeps
// running until the other goroutines finish, then dies with Go's
// "no goroutines" fatal error.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		r := recover()
		fmt.Printf("worker %d deferred, recover()=%v\n", id, r)
	}()
	if id == 2 {
		runtime.Goexit()
	}
	fmt.Printf("worker %d finished normally\n", id)
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg)
		wg.Wait()
	}
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("nested defer runs")
		func() {
			defer fmt.Println("inner defer runs")
			runtime.Goexit()
		}()
		fmt.Println("never")
	}()
	<-done
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("last goroutine done")
	}()
	defer fmt.Println("main's defer runs on Goexit")
	runtime.Goexit()
}
