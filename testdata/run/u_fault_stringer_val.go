package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("level-%d", int(l)) }

func main() {
	lv := Level(3)
	fmt.Println(lv)
	panic(lv)
}
