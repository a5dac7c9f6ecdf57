// Channel panics are runtime errors that recover() catches, with Go's messages.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name+":", r, isErr)
	}()
	f()
}

func main() {
	try("send", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close twice", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan bool
		close(c)
	})
	try("select send", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		}
	})
	n := -1
	try("makechan", func() {
		_ = make(chan int, n)
	})
	fmt.Println("still running")
}
