// Conditions comparing with nil (compiled to one fused branch) for every kind
// of nillable value, both operand orders, negations, and the classic traps: a
// nil pointer inside an interface is not a nil interface; an empty slice is
// not a nil slice.
package main

import (
	"errors"
	"fmt"
)

type T struct{ next *T }

type myErr struct{}

func (*myErr) Error() string { return "my" }

func find(fail bool) error {
	var p *myErr
	if fail {
		return p // a typed nil: the interface is not nil
	}
	return nil
}

func main() {
	var p *T
	var m map[int]int
	var s []int
	var f func()
	var c chan int
	var e error
	var any interface{}
	report := func(name string, isNil bool) {
		fmt.Printf("%s:%v ", name, isNil)
	}
	if p == nil {
		report("p", true)
	}
	if nil != m {
		report("m", false)
	} else {
		report("m", true)
	}
	if !(s != nil) {
		report("s", true)
	}
	if f == nil && c == nil && e == nil && any == nil {
		report("rest", true)
	}
	fmt.Println()

	s = []int{}
	m = map[int]int{}
	f = func() {}
	c = make(chan int)
	p = &T{next: &T{}}
	any = p.next.next
	fmt.Println(s != nil, m != nil, f != nil, c != nil, any != nil, any == (*T)(nil))
	n := 0
	for q := p; q != nil; q = q.next {
		n++
	}
	fmt.Println("chain", n)

	if err := find(true); err != nil {
		fmt.Println("typed nil is not nil:", err)
	}
	if err := find(false); err == nil {
		fmt.Println("plain nil")
	}
	e = errors.New("boom")
	if e != nil && errors.Unwrap(e) == nil {
		fmt.Println("e:", e)
	}
	var sub []int
	sub = s[:0]
	fmt.Println(sub == nil, len(sub))
}
