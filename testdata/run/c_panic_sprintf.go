package main

import "fmt"

type State int

func transition(from, to State) State {
	if to < from {
		panic(fmt.Sprintf("invalid transition %d -> %d", from, to))
	}
	return to
}

func main() {
	s := State(0)
	for _, t := range []State{1, 3, 2} {
		s = transition(s, t)
		fmt.Println("state", s)
	}
}
