package main

import (
	"fmt"
	"os"
)

func main() {
	count := 3
	x := 10
	var s string = x
	fmt.Println(s, total)
}
