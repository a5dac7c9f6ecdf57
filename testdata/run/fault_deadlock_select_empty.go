// An empty select blocks forever: deadlock [select (no cases)], exit code 2.
package main

import "fmt"

func main() {
	fmt.Println("blocking")
	select {}
}
