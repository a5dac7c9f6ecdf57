// Asserting a nil interface to an interface type panics.
package main

import "fmt"

func main() {
	var v interface{}
	_, ok := v.(fmt.Stringer)
	fmt.Println(ok)
	s := v.(fmt.Stringer)
	fmt.Println(s)
}
