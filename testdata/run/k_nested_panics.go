// Panics raised while deferred calls of an earlier panic run: Go prints the
// whole chain ("panic: A [recovered]" for a recovered one that was
// superseded, a tab before each later panic), and deferred calls of outer
// frames still run in order.
package main

import (
	"errors"
	"fmt"
)

type resource struct{ name string }

func (r *resource) Close() {
	fmt.Println("closing", r.name)
	if r.name == "db" {
		panic(errors.New("close db: connection reset"))
	}
}

func work() {
	a := &resource{"file"}
	defer a.Close()
	b := &resource{"db"}
	defer b.Close()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			panic(fmt.Sprintf("re-panic after %v", r))
		}
	}()
	var p *resource
	fmt.Println(p.name)
}

func main() {
	defer fmt.Println("main deferred runs")
	work()
}
