package main

import "fmt"

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	hits, miss int
	evicted    []string
	onEvict    func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	l := &LRU{cap: capacity, items: make(map[string]*entry)}
	l.onEvict = func(k string, v int) {
		l.evicted = append(l.evicted, fmt.Sprintf("%s:%d", k, v))
	}
	return l
}

func (l *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		l.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		l.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head
	if l.head != nil {
		l.head.prev = e
	}
	l.head = e
	if l.tail == nil {
		l.tail = e
	}
}

func (l *LRU) Get(key string) (int, bool) {
	e, ok := l.items[key]
	if !ok {
		l.miss++
		return 0, false
	}
	l.hits++
	l.unlink(e)
	l.pushFront(e)
	return e.value, true
}

func (l *LRU) Put(key string, value int) {
	if e, ok := l.items[key]; ok {
		e.value = value
		l.unlink(e)
		l.pushFront(e)
		return
	}
	if len(l.items) >= l.cap {
		old := l.tail
		l.unlink(old)
		delete(l.items, old.key)
		l.onEvict(old.key, old.value)
	}
	e := &entry{key: key, value: value}
	l.items[key] = e
	l.pushFront(e)
}

func (l *LRU) Keys() []string {
	var keys []string
	for e := l.head; e != nil; e = e.next {
		keys = append(keys, e.key)
	}
	return keys
}

func (l *LRU) String() string {
	return fmt.Sprintf("LRU%v hits=%d miss=%d", l.Keys(), l.hits, l.miss)
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("a =", v)
	}
	c.Put("d", 4)
	fmt.Println(c)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	c.Put("f", 6)
	fmt.Println(c)
	fmt.Println("evicted:", c.evicted)
	for _, k := range []string{"c", "e", "f", "a"} {
		v, ok := c.Get(k)
		fmt.Printf("%s -> %d %v\n", k, v, ok)
	}
	fmt.Println(c.String(), len(c.items))
	fib := NewLRU(100)
	var f func(n int) int
	f = func(n int) int {
		key := fmt.Sprint(n)
		if v, ok := fib.Get(key); ok {
			return v
		}
		r := n
		if n >= 2 {
			r = f(n-1) + f(n-2)
		}
		fib.Put(key, r)
		return r
	}
	fmt.Println(f(60), fib.hits, fib.miss, len(fib.items))
}
