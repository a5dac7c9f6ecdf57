// sync.OnceValue and sync.OnceValues (Go 1.21): lazily computed values shared
// by many goroutines, computed exactly once; a panicking function re-panics
// with the same value on every call. Expected output reasoned from the Go
// 1.21 documentation (Go 1.19 has neither function), not by running Go 1.19.
package main

import (
	"errors"
	"fmt"
	"os"
	"sync"
)

var loads int

var getConfig = sync.OnceValue(func() map[string]int {
	loads++
	return map[string]int{"workers": 4}
})

var readFile = sync.OnceValues(func() ([]byte, error) {
	loads++
	return nil, errors.New("no such file")
})

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig()["workers"]
			readFile()
		}()
	}
	wg.Wait()
	b, err := readFile()
	fmt.Println(getConfig(), loads, b == nil, err)
	bad := sync.OnceValue(func() int { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			bad()
		}()
	}
	f := sync.OnceFunc(func() { fmt.Fprintln(os.Stdout, "once func") })
	f()
	f()
}
