package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func (t *Tree) Find(k string) (*Tree, int) {
	depth := 0
	for t != nil {
		if k == t.Key {
			return t, depth
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
		depth++
	}
	return nil, depth
}

func main() {
	text := "the cat sat on the mat and the dog sat on the log"
	var root *Tree
	for _, w := range strings.Fields(text) {
		root = root.Insert(w)
	}
	root.Walk(func(n *Tree) {
		fmt.Printf("%-4s %d\n", n.Key, n.Count)
	})
	fmt.Println("height:", root.Height())
	for _, k := range []string{"dog", "zebra", "the"} {
		n, d := root.Find(k)
		if n != nil {
			fmt.Println(k, "found at depth", d, "count", n.Count)
		} else {
			fmt.Println(k, "not found after", d)
		}
	}
	var keys []string
	root.Walk(func(n *Tree) { keys = append(keys, strings.ToUpper(n.Key[:1])+n.Key[1:]) })
	fmt.Println(strings.Join(keys, ","))
}
