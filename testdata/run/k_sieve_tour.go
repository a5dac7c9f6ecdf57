// Classic concurrent programs: the prime sieve of daisy-chained filter
// goroutines, the Go tour's parallel web crawler with a fake fetcher and a
// mutex-guarded visited set, and Equivalent Binary Trees walked by two
// goroutines.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

var errNotFound = errors.New("not found")

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("%s: %w", url, errNotFound)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{
		"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"},
	},
	"https://golang.org/pkg/": &fakeResult{
		"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
	},
	"https://golang.org/pkg/fmt/": &fakeResult{
		"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
	"https://golang.org/pkg/os/": &fakeResult{
		"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[url] {
		return false
	}
	v.seen[url] = true
	return true
}

func (v *visited) record(s string) {
	v.mu.Lock()
	v.log = append(v.log, s)
	v.mu.Unlock()
}

func crawl(url string, depth int, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	body, urls, err := fetcher.Fetch(url)
	if err != nil {
		v.record("error: " + err.Error())
		return
	}
	v.record(fmt.Sprintf("found: %s %q", url, body))
	for _, u := range urls {
		wg.Add(1)
		go crawl(u, depth-1, v, wg)
	}
}

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func newTree(k int, order []int) *Tree {
	var t *Tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func walk(t *Tree, ch chan int) {
	var rec func(*Tree)
	rec = func(t *Tree) {
		if t == nil {
			return
		}
		rec(t.Left)
		ch <- t.Value
		rec(t.Right)
	}
	rec(t)
	close(ch)
}

func same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go walk(t1, c1)
	go walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	var primes []int
	for i := 0; i < 25; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println(primes)

	v := &visited{seen: map[string]bool{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go crawl("https://golang.org/", 4, v, &wg)
	wg.Wait()
	sort.Strings(v.log)
	for _, l := range v.log {
		fmt.Println(l)
	}

	a := []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10}
	b := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	c := []int{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
	fmt.Println(same(newTree(1, a), newTree(1, b)), same(newTree(2, c), newTree(2, a)), same(newTree(1, a), newTree(2, a)))
	short := []int{1, 2, 3}
	fmt.Println(same(newTree(1, short), newTree(1, b)))
}
