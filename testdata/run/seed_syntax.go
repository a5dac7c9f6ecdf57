// Seed program "Syntax" from shared/seed/goroutines.md, wrapped in package main.
// main does not wait for the goroutine, so nothing is printed.
package main

func someFunction() {
	// do something
}

func main() {
	go someFunction() // this runs concurrently
	// main function continues executing
}
