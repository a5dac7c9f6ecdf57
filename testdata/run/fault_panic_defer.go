// panic("boom"): the deferred calls run first (last deferred first), then the
// program ends with "panic: boom" and exit code 2.
package main

import "fmt"

func cleanup(name string) {
	fmt.Println("deferred", name)
}

func inner() {
	defer cleanup("inner")
	fmt.Println("in inner")
	panic("boom")
}

func main() {
	defer cleanup("main 1")
	defer func() {
		fmt.Println("deferred closure in main")
	}()
	defer cleanup("main 2")
	inner()
	fmt.Println("unreachable")
}
