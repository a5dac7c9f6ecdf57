// A program of several files in one directory (`goc build DIR`): package-level
// declarations of one file are visible in the others, and package variables
// are initialised in dependency order across files.
package main

import "fmt"

var total = base * factor

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println("size", s.Size(), "top", s.Top())
	fmt.Println("total", total, describe(total))
	for s.Size() > 0 {
		fmt.Print(s.Pop(), " ")
	}
	fmt.Println()
}
