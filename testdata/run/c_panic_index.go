package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	s := &Stack{}
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop(), s.Pop())
	fmt.Println("popping empty")
	fmt.Println(s.Pop())
}
