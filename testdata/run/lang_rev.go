// Methods promoted from embedded interface fields (the sort.Reverse pattern).
package main

import "fmt"

type Lesser interface {
	Len() int
	Less(i, j int) bool
}

type ints []int

func (x ints) Len() int           { return len(x) }
func (x ints) Less(i, j int) bool { return x[i] < x[j] }

type reverse struct{ Lesser }

func (r reverse) Less(i, j int) bool { return r.Lesser.Less(j, i) }

type logger interface{ Log(string) }
type stdout struct{ prefix string }

func (s stdout) Log(m string) { fmt.Println(s.prefix + m) }

type service struct {
	logger
	name string
}

func main() {
	var l Lesser = reverse{ints{1, 2, 3}}
	fmt.Println(l.Len(), l.Less(0, 1))
	s := service{stdout{"> "}, "svc"}
	s.Log("direct")
	var lg logger = s
	lg.Log("via interface")
	f := s.Log
	f("method value")
}
