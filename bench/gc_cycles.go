// 3,000,000 cyclic pairs of small structs, each pair dropped at once: the
// collector must reclaim cycles for memory to stay bounded (peak RSS is the
// figure to watch; Go 1.19: about 15 MB).
package main

import "fmt"

type node struct {
	other *node
	id    int
}

func main() {
	sum := 0
	for i := 0; i < 3000000; i++ {
		a := &node{id: i}
		b := &node{id: -i}
		a.other = b
		b.other = a
		sum += a.other.other.id + b.other.id
	}
	fmt.Println("sum:", sum)
}
