// sync.Map under concurrent use (Store, Load, LoadOrStore, Delete, Range) and
// sync.Pool with a New function.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(g*100+i, i)
				m.LoadOrStore("shared", g)
			}
		}(g)
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return true
	})
	fmt.Println("entries:", n)
	v, ok := m.Load(250)
	fmt.Println(v, ok)
	_, ok = m.Load("missing")
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore(250, "x")
	fmt.Println(actual, loaded)
	m.Delete(250)
	v, ok = m.Load(250)
	fmt.Println(v, ok)
	v, loaded = m.LoadAndDelete(251)
	fmt.Println(v, loaded)

	var small sync.Map
	small.Store("b", 2)
	small.Store("a", 1)
	small.Store("c", 3)
	var keys []string
	small.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	fmt.Println(keys)
	count := 0
	small.Range(func(k, v any) bool {
		count++
		return false
	})
	fmt.Println("stopped after", count)

	created := 0
	p := sync.Pool{New: func() any {
		created++
		return new(int)
	}}
	a := p.Get().(*int)
	*a = 7
	p.Put(a)
	b := p.Get().(*int)
	fmt.Println(created >= 1, *b == 7 || *b == 0)
}
