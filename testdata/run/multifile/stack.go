package main

type item struct {
	val  int
	next *item
}

// Stack is a linked stack of ints.
type Stack struct {
	top  *item
	size int
}

func (s *Stack) Push(v int) {
	var it item
	it.val = v
	it.next = s.top
	s.top = &it
	s.size++
}

func (s *Stack) Pop() int {
	v := s.top.val
	s.top = s.top.next
	s.size--
	return v
}

func (s *Stack) Top() int { return s.top.val }
func (s Stack) Size() int { return s.size }
