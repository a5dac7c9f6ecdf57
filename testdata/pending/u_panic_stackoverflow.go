// WARNING: until govm has a goroutine stack limit this program makes govm
// allocate until the OOM killer stops it (24 GB seen). Run it under `ulimit -v`.
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
