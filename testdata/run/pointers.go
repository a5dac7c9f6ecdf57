// Pointers: & and *, aliasing, pointers to struct fields, pointer to pointer,
// swapping through pointers, pointers to locals that outlive their function.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func newInt(v int) *int {
	x := v
	return &x
}

func newNode(v int, next *Node) *Node {
	var n Node
	n.Val = v
	n.Next = next
	return &n
}

func incr(pp **int) {
	**pp = **pp + 1
}

func main() {
	x, y := 1, 2
	px, py := &x, &y
	swap(px, py)
	fmt.Println(x, y, *px, *py)
	*px = 10
	fmt.Println(x, px == &x, px == py)

	p1 := newInt(5)
	p2 := newInt(5)
	*p1 += 1
	fmt.Println(*p1, *p2, p1 != p2)

	pp := &p1
	incr(pp)
	fmt.Println(*p1, **pp)
	*pp = p2
	fmt.Println(*p1, p1 == p2)

	var list *Node
	for i := 1; i <= 5; i++ {
		list = newNode(i*i, list)
	}
	sum := 0
	for n := list; n != nil; n = n.Next {
		sum += n.Val
		fmt.Print(n.Val, " ")
	}
	fmt.Println("sum", sum)

	var n Node
	n.Val = 1
	field := &n.Val
	*field = 99
	fmt.Println(n.Val)
	alias := &n
	alias.Val++
	(*alias).Val++
	fmt.Println(n.Val, alias.Next == nil)

	var nilp *int
	fmt.Println(nilp == nil, list != nil)
}
