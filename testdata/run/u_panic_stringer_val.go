package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Pair struct {
	A int
	B string
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(Pair{1, "x"})
	}()
	panic(Code(7))
}
