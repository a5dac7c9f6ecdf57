// Re-panicking with a recovered runtime error prints its message twice.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got:", r)
		panic(r)
	}()
	var m map[int]int
	m[1] = 2
}
