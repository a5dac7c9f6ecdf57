package main

// Package variables initialise after everything their initialiser refers to,
// also through method calls and method values (Go spec, "Package
// initialization"): table is declared last but is ready when src is built.

import "fmt"

type source struct{ state [4]int }

func (s *source) seed(n int) {
	for i := range s.state {
		s.state[i] = table[i] * n
	}
}

func (s source) sum() int {
	t := 0
	for _, v := range s.state {
		t += v
	}
	return t
}

func newSource(n int) *source {
	var s source
	s.seed(n)
	return &s
}

var src = newSource(3)

var total = source.sum(*other)

var other = func() *source { s := &source{}; f := s.seed; f(10); return s }()

var table = [4]int{1, 2, 3, 4}

func main() {
	fmt.Println(src.state, src.sum(), total, other.state)
}
