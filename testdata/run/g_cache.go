package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	data  map[K]V
	hits  int
	miss  int
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[k]
	if ok {
		c.hits++
	} else {
		c.miss++
	}
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.limit {
			oldest := c.order[0]
			c.order = c.order[1:]
			delete(c.data, oldest)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) GetOrCompute(k K, f func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := f(k)
	c.Put(k, v)
	return v
}

func (c *Cache[K, V]) Stats() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("hits=%d miss=%d size=%d", c.hits, c.miss, len(c.data))
}

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int          { return len(s.m) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		out.Add(k)
	}
	for k := range o.m {
		out.Add(k)
	}
	return out
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func SortedInts(s Set[int]) []int {
	ks := Keys(s.m)
	sort.Ints(ks)
	return ks
}

func fib(c *Cache[int, int], n int) int {
	if n < 2 {
		return n
	}
	return c.GetOrCompute(n, func(k int) int { return fib(c, k-1) + fib(c, k-2) })
}

func main() {
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	if v, ok := c.Get("a"); ok {
		fmt.Println("a =", v)
	}
	c.Put("c", 3)
	_, ok := c.Get("a")
	fmt.Println("a evicted:", !ok)
	fmt.Println(c.Stats())

	var wg sync.WaitGroup
	shared := NewCache[int, string](100)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				shared.GetOrCompute(j, func(k int) string { return fmt.Sprint("v", k) })
			}
		}(i)
	}
	wg.Wait()
	v, _ := shared.Get(7)
	fmt.Println(len(shared.data), v)

	memo := NewCache[int, int](1000)
	fmt.Println(fib(memo, 50))

	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(SortedInts(a.Union(b)), SortedInts(a.Intersect(b)), a.Has(2), b.Has(2))
	words := NewSet("go", "rust", "go")
	fmt.Println(words.Len(), words.Has("rust"))
	fmt.Printf("%T %T\n", words, c)
}
