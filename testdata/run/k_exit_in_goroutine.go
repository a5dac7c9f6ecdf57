// os.Exit called from a goroutine ends the program at once with that code:
// no deferred calls run (neither the goroutine's nor main's) and buffered
// output written with fmt before the call is already out.
package main

import (
	"fmt"
	"os"
	"sync"
)

func validate(items []string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("validator deferred (never printed)")
	for i, it := range items {
		if it == "" {
			fmt.Fprintf(os.Stderr, "item %d is empty\n", i)
			fmt.Println("fatal: invalid input, exiting with 3")
			os.Exit(3)
		}
		fmt.Println("ok:", it)
	}
}

func main() {
	defer fmt.Println("main deferred (never printed)")
	var wg sync.WaitGroup
	wg.Add(1)
	go validate([]string{"alpha", "beta", "", "delta"}, &wg)
	wg.Wait()
	fmt.Println("unreachable")
}
