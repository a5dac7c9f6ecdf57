// A failed type assertion to a concrete type panics with Go's message.
package main

import "fmt"

func main() {
	var v interface{} = "hello"
	s, ok := v.(int)
	fmt.Println(s, ok)
	n := v.(int)
	fmt.Println(n)
}
