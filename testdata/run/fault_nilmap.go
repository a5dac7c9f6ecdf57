// Writing to a nil map panics (reading it is fine).
package main

import "fmt"

type registry struct {
	names map[string]int
}

func main() {
	var r registry
	fmt.Println(r.names["x"], len(r.names))
	r.names["x"] = 1
	fmt.Println("unreachable")
}
