package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "error: something went wrong")
	fmt.Fprintf(os.Stderr, "code=%d\n", 3)
	os.Stderr.WriteString("raw stderr\n")
	fmt.Println("still stdout", len(os.Args) > 0, os.Getenv("STD_OS_NOT_SET") == "")
	n, err := os.Stdin.Read(make([]byte, 8))
	fmt.Println(n, err)
	os.Exit(3)
}
