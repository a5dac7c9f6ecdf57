// check: sorted
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	items := []string{"a", "b", "c"}
	for _, it := range items {
		wg.Add(1)
		go func(s string) {
			fmt.Println("processing", s)
			if s != "b" {
				wg.Done()
			}
		}(it)
	}
	wg.Wait()
	fmt.Println("all done")
}
