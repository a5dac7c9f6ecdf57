// check: custom=syntax-println
// Seed "Syntax" fragment, made observable: the goroutine's print may or may not
// happen before main returns (Go gives no guarantee either way), main's always does.
package main

import "fmt"

func someFunction() {
	fmt.Println("someFunction ran")
}

func main() {
	go someFunction() // this runs concurrently
	fmt.Println("main continues")
}
