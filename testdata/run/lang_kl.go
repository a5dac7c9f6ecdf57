// Keyed array and slice literals, self-referencing assignment, array equality.
package main

import "fmt"

type node struct {
	v    int
	next *node
}

func main() {
	names := [...]string{2: "c", 0: "a", "b"}
	s := []int{5: 1, 2, 1: 7}
	fmt.Println(len(names), names, len(s), s)
	var p *node
	for i := 0; i < 3; i++ {
		p = &node{i, p}
	}
	for q := p; q != nil; q = q.next {
		fmt.Print(q.v, " ")
	}
	fmt.Println()
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 4}
	type pair struct{ x [2]int }
	fmt.Println(a == b, a != b, pair{[2]int{1, 2}} == pair{[2]int{1, 2}}, pair{[2]int{1, 2}} == pair{[2]int{1, 3}})
}
