package main

import "fmt"

type Queue struct {
	ch     chan string
	closed bool
}

func (q *Queue) Put(s string) {
	q.ch <- s
}

func (q *Queue) Close() {
	close(q.ch)
	q.closed = true
}

func main() {
	q := &Queue{ch: make(chan string, 2)}
	q.Put("a")
	q.Close()
	fmt.Println(<-q.ch, q.closed)
	q.Put("b")
}
