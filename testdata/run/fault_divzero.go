// Integer division by zero at run time panics: exit code 2, Go's message on
// stderr. Output printed before the fault is flushed.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println("before")
	fmt.Println(div(10, 3))
	fmt.Println(div(1, 0))
	fmt.Println("unreachable")
}
