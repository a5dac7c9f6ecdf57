// A binary search tree with pointers, recursion and closures: insert, walk in
// order with a visitor closure, height, min/max, and a pseudo-random input
// from a linear congruential generator.
package main

import "fmt"

type Tree struct {
	Key         int
	Count       int
	Left, Right *Tree
}

func insert(t *Tree, key int) *Tree {
	if t == nil {
		var n Tree
		n.Key = key
		n.Count = 1
		return &n
	}
	if key < t.Key {
		t.Left = insert(t.Left, key)
	} else if key > t.Key {
		t.Right = insert(t.Right, key)
	} else {
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(key, count int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Key, t.Count)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Min() int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Key
}

func (t *Tree) Max() int {
	if t.Right == nil {
		return t.Key
	}
	return t.Right.Max()
}

type rng struct {
	state int
}

func (r *rng) Next(n int) int {
	r.state = (r.state*1103515245 + 12345) % 2147483648
	return r.state % n
}

func main() {
	var root *Tree
	var r rng
	r.state = 42
	for i := 0; i < 2000; i++ {
		root = insert(root, r.Next(500))
	}
	distinct, total, maxCount, maxKey := 0, 0, 0, -1
	prev := -1
	sorted := true
	root.Walk(func(key, count int) {
		distinct++
		total += count
		if count > maxCount {
			maxCount, maxKey = count, key
		}
		if key <= prev {
			sorted = false
		}
		prev = key
	})
	fmt.Println("distinct", distinct, "total", total, "sorted", sorted)
	fmt.Println("most frequent", maxKey, "seen", maxCount, "times")
	fmt.Println("min", root.Min(), "max", root.Max(), "height", root.Height())

	printed := 0
	root.Walk(func(key, count int) {
		if key%50 == 0 {
			fmt.Printf("%4d:%-3d", key, count)
			printed++
		}
	})
	fmt.Println()
	fmt.Println("printed", printed)
}
