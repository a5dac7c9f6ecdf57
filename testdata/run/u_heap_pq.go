package main

import "fmt"

type Task struct {
	Name     string
	Priority int
	seq      int
}

type PQ struct {
	items []Task
	next  int
}

func (pq *PQ) less(i, j int) bool {
	a, b := pq.items[i], pq.items[j]
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.seq < b.seq
}

func (pq *PQ) Push(name string, prio int) {
	pq.items = append(pq.items, Task{name, prio, pq.next})
	pq.next++
	i := len(pq.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !pq.less(i, parent) {
			break
		}
		pq.items[i], pq.items[parent] = pq.items[parent], pq.items[i]
		i = parent
	}
}

func (pq *PQ) Pop() (Task, bool) {
	if len(pq.items) == 0 {
		return Task{}, false
	}
	top := pq.items[0]
	last := len(pq.items) - 1
	pq.items[0] = pq.items[last]
	pq.items = pq.items[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		best := i
		if l < len(pq.items) && pq.less(l, best) {
			best = l
		}
		if r < len(pq.items) && pq.less(r, best) {
			best = r
		}
		if best == i {
			break
		}
		pq.items[i], pq.items[best] = pq.items[best], pq.items[i]
		i = best
	}
	return top, true
}

func (pq PQ) Len() int { return len(pq.items) }

func heapSort(xs []int) {
	n := len(xs)
	sift := func(i, n int) {
		for {
			big := i
			l, r := 2*i+1, 2*i+2
			if l < n && xs[l] > xs[big] {
				big = l
			}
			if r < n && xs[r] > xs[big] {
				big = r
			}
			if big == i {
				return
			}
			xs[i], xs[big] = xs[big], xs[i]
			i = big
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		xs[0], xs[end] = xs[end], xs[0]
		sift(0, end)
	}
}

func main() {
	var pq PQ
	pq.Push("write docs", 1)
	pq.Push("fix prod bug", 10)
	pq.Push("review PR", 5)
	pq.Push("lunch", 5)
	pq.Push("deploy", 10)
	pq.Push("coffee", 3)
	fmt.Println("tasks:", pq.Len())
	for pq.Len() > 0 {
		t, _ := pq.Pop()
		fmt.Printf("%2d %-14s (#%d)\n", t.Priority, t.Name, t.seq)
	}
	_, ok := pq.Pop()
	fmt.Println("empty pop ok:", ok)
	xs := []int{9, -3, 5, 0, 12, 7, 7, 1, -8, 4}
	heapSort(xs)
	fmt.Println(xs)
}
