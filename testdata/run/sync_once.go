// sync.Once: the initialisation runs once no matter how many goroutines race
// for it, and every caller sees its effect.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	calls  int
)

func setup() {
	calls++
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	seen := make([]string, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(setup)
			seen[i] = config["mode"]
		}(i)
	}
	wg.Wait()
	ok := true
	for _, s := range seen {
		ok = ok && s == "fast"
	}
	fmt.Println("calls:", calls, "all saw it:", ok)

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("init failed") })
	}()
	o.Do(func() { fmt.Println("not called again") })
	fmt.Println("done")
}
