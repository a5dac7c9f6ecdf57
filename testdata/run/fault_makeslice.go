// make with a negative length computed at run time panics.
package main

import "fmt"

func main() {
	n := 3
	fmt.Println(len(make([]int, n)))
	n -= 5
	s := make([]string, n)
	fmt.Println(s)
}
