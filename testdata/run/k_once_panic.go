// sync.Once whose function panics: the panic propagates to the first caller
// (recovered there), and Once counts as done, so later calls do nothing.
// Also OnceFunc-like helpers written by hand and a lazy singleton.
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Ports []int
}

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   int
)

func GetConfig() *Config {
	cfgOnce.Do(func() {
		loads++
		cfg = &Config{Name: "prod", Ports: []int{80, 443}}
	})
	return cfg
}

func safeDo(o *sync.Once, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	o.Do(f)
	return nil
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ptrs[i] = GetConfig()
		}(i)
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("loads:", loads, "same pointer:", same, *ptrs[0])

	var once sync.Once
	calls := 0
	err := safeDo(&once, func() {
		calls++
		panic("init failed")
	})
	fmt.Println("first:", err)
	err = safeDo(&once, func() {
		calls++
	})
	fmt.Println("second:", err, "calls:", calls)

	// Once with a runtime error panic inside.
	var o2 sync.Once
	err = safeDo(&o2, func() {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println("third:", err)

	// Nested Do on a different Once is fine.
	var outer, inner sync.Once
	outer.Do(func() {
		inner.Do(func() { fmt.Println("inner ran") })
		fmt.Println("outer ran")
	})
	outer.Do(func() { fmt.Println("never") })

	// A panic value that is an error.
	var o3 sync.Once
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("error value:", e.Error())
			}
		}()
		o3.Do(func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("root"))) })
	}()
}
