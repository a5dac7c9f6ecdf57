// Runaway recursion hits Go's 1 GB goroutine stack limit (govm: ~2 GB RSS, ~7 s in a debug build).
package main

import "fmt"

type Node struct{ next *Node }

func depth(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + depth(n.next)
}

func main() {
	a := &Node{}
	b := &Node{next: a}
	fmt.Println(depth(b))
	a.next = b
	fmt.Println(depth(b))
}
