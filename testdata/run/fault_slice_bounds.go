// Slicing beyond the capacity panics with Go's slice-bounds message.
package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	hi := 7
	fmt.Println(len(s[:4]))
	fmt.Println(s[:hi])
}
