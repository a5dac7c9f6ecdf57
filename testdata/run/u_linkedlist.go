package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.Next != nil {
			cur = cur.Next
		}
		cur.Next = n
	}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func (l *List) Each(f func(int)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Val)
	}
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Append(i * i)
	}
	l.Push(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l.String())
	fmt.Println(l.Remove(9), l.Remove(100), l.Remove(25), l.Remove(0))
	fmt.Println(l, l.size)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Println("sum", sum)
	var empty List
	empty.Reverse()
	fmt.Println(empty, empty.head == nil)
	n := &Node{Val: 7}
	m := n
	m.Val = 8
	fmt.Println(n.Val, *n == *m, n.Next)
}
