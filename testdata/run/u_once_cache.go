package main

import (
	"fmt"
	"sync"
)

type Config struct {
	values []string
}

var (
	once   sync.Once
	config *Config
	loads  int
)

func getConfig() *Config {
	once.Do(func() {
		loads++
		config = &Config{values: []string{"a", "b"}}
	})
	return config
}

type Memo struct {
	mu    sync.Mutex
	cache []int
	known []bool
	calls int
}

func NewMemo(n int) *Memo {
	return &Memo{cache: make([]int, n), known: make([]bool, n)}
}

func (m *Memo) Get(n int, compute func(int) int) int {
	m.mu.Lock()
	if m.known[n] {
		v := m.cache[n]
		m.mu.Unlock()
		return v
	}
	m.calls++
	m.mu.Unlock()
	v := compute(n)
	m.mu.Lock()
	m.cache[n] = v
	m.known[n] = true
	m.mu.Unlock()
	return v
}

func slowSquare(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += n
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := getConfig()
			_ = c.values[1]
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loads, getConfig().values)

	m := NewMemo(50)
	results := make([]int, 50)
	for g := 0; g < 5; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < 50; i += 5 {
				results[i] = m.Get(i, slowSquare)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(results[7], results[49], m.calls)
	again := 0
	for i := 0; i < 50; i++ {
		again += m.Get(i, slowSquare)
	}
	fmt.Println(again, m.calls)
}
