package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func NewStack[T any]() *Stack[T] { return &Stack[T]{} }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail *node[T]
	size       int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (q *Queue[T]) Enqueue(v T) {
	n := &node[T]{val: v}
	if q.tail == nil {
		q.head, q.tail = n, n
	} else {
		q.tail.next = n
		q.tail = n
	}
	q.size++
}

func (q *Queue[T]) Dequeue() (T, bool) {
	if q.head == nil {
		var zero T
		return zero, false
	}
	n := q.head
	q.head = n.next
	if q.head == nil {
		q.tail = nil
	}
	q.size--
	return n.val, true
}

type List[T any] struct {
	root *elem[T]
	n    int
}

type elem[T any] struct {
	Value      T
	prev, next *elem[T]
}

func (l *List[T]) PushFront(v T) {
	e := &elem[T]{Value: v, next: l.root}
	if l.root != nil {
		l.root.prev = e
	}
	l.root = e
	l.n++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for e := l.root; e != nil; e = e.next {
		f(i, e.Value)
		i++
	}
}

func (l *List[T]) ToSlice() []T {
	out := make([]T, 0, l.n)
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type point struct{ x, y int }

func main() {
	s := NewStack[int]()
	for i := 1; i <= 4; i++ {
		s.Push(i * 10)
	}
	top, _ := s.Peek()
	fmt.Println("len", s.Len(), "top", top)
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var ps Stack[point]
	ps.Push(point{1, 2})
	ps.Push(point{3, 4})
	p, _ := ps.Pop()
	fmt.Printf("%v %+v %T %T\n", p, ps.items, ps, &ps)

	var q Queue[string]
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	for q.size > 0 {
		w, _ := q.Dequeue()
		fmt.Print(w)
	}
	_, ok := q.Dequeue()
	fmt.Println(" empty:", !ok)

	var l List[float64]
	l.PushFront(1.5)
	l.PushFront(2.5)
	l.PushFront(3.5)
	l.Each(func(i int, v float64) { fmt.Printf("[%d]=%.1f ", i, v) })
	fmt.Println(l.ToSlice())

	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(pairs, pairs[1])
	fmt.Printf("%v %s %T\n", pairs[0], pairs[1], pairs)
	m := map[Pair[int, int]]bool{{1, 2}: true}
	fmt.Println(m[Pair[int, int]{1, 2}], m[Pair[int, int]{2, 1}])
	var st fmt.Stringer = Pair[string, []int]{"xs", []int{1, 2}}
	fmt.Println(st.String())
	stacks := map[string]*Stack[string]{"x": NewStack[string]()}
	stacks["x"].Push("hello")
	fmt.Println(stacks["x"].Len(), stacks["x"].items)
}
