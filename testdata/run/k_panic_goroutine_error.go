// An unrecovered panic in a worker goroutine whose value is an error: Go
// prints the Error() text after "panic: ", then the goroutine trace, and the
// program exits 2 even though main is blocked and deferred calls in main
// never run. The worker's own deferred calls run first.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string {
	return "validation failed on " + v.Field + ": " + v.Err.Error()
}

func parseAll(fields map[string]string, order []string, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("parser cleanup")
	for _, k := range order {
		n, err := strconv.Atoi(fields[k])
		if err != nil {
			panic(&ValidationError{Field: k, Err: err})
		}
		out <- n
	}
}

func main() {
	defer fmt.Println("main deferred (never printed)")
	out := make(chan int, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go parseAll(map[string]string{"age": "42", "height": "1.8m"}, []string{"age", "height"}, out, &wg)
	fmt.Fprintln(os.Stdout, "started parser")
	select {}
}
