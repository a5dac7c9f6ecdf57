// panic with integers and booleans prints them plainly or as main.T(v).
package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code(404))
	}()
	panic(uint8(255))
}
