// Each goroutine must recover its own panics: a safeGo wrapper turns panics
// (user values, errors, runtime errors) into error values sent to the
// caller; recover in main cannot catch a goroutine's panic; re-panicking
// with a wrapped value.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type PanicError struct {
	Value any
}

func (p *PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

func safeGo(wg *sync.WaitGroup, errs chan<- error, name string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("%s: %w", name, &PanicError{r})
			}
		}()
		f()
	}()
}

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("myErr code=%d", e.code) }

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	safeGo(&wg, errs, "string", func() { panic("plain string") })
	safeGo(&wg, errs, "error", func() { panic(myErr{7}) })
	safeGo(&wg, errs, "index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	safeGo(&wg, errs, "nilmap", func() {
		var m map[string]int
		m["a"]++
	})
	safeGo(&wg, errs, "div", func() {
		a, b := 1, 0
		_ = a / b
	})
	safeGo(&wg, errs, "assert", func() {
		var x any = "str"
		_ = x.(int)
	})
	safeGo(&wg, errs, "ok", func() {})
	safeGo(&wg, errs, "int", func() { panic(42) })
	wg.Wait()
	close(errs)
	var msgs []string
	for err := range errs {
		msgs = append(msgs, err.Error())
		var pe *PanicError
		if errors.As(err, &pe) {
			if e, ok := pe.Value.(error); ok {
				var me myErr
				if errors.As(e, &me) {
					msgs = append(msgs, fmt.Sprintf("  (myErr with code %d)", me.code))
				}
				if strings.HasPrefix(e.Error(), "runtime error") {
					msgs = append(msgs, "  (runtime error: "+pe.Value.(error).Error()[len("runtime error: "):]+")")
				}
			}
		}
	}
	sort.Strings(msgs)
	fmt.Println(strings.Join(msgs, "\n"))

	// Re-panic with context, recovered one level up.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("outer recovered %T: %v\n", r, r)
		}()
		func() {
			defer func() {
				if r := recover(); r != nil {
					panic(fmt.Sprintf("while cleaning up: %v", r))
				}
			}()
			panic("original")
		}()
	}()

	// recover only works in the deferred function itself.
	helper := func() any { return recover() }
	func() {
		defer func() {
			r := helper()
			fmt.Println("helper's recover:", r)
			fmt.Println("direct recover:", recover())
		}()
		panic("direct")
	}()
	fmt.Println("main ends normally")
}
