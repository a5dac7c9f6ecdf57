package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func build(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{i, head}
	}
	return head
}

func sumRec(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sumRec(n.Next)
}

func lenRec(n *Node, acc int) int {
	if n == nil {
		return acc
	}
	return lenRec(n.Next, acc+1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	list := build(1000000)
	fmt.Println(sumRec(list), lenRec(list, 0))
	fmt.Println(ackermann(2, 3), ackermann(3, 5))
	fmt.Println(isEven(500001), isOdd(300001))
	var depth func(int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return depth(n-1) + 1
	}
	fmt.Println(depth(200000))
}
