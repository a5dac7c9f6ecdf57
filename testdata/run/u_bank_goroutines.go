package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts []int
	log      []string
}

func (b *Bank) Transfer(from, to, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amount {
		return false
	}
	b.accounts[from] -= amount
	b.accounts[to] += amount
	return true
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, a := range b.accounts {
		t += a
	}
	return t
}

func main() {
	bank := &Bank{accounts: make([]int, 10)}
	for i := range bank.accounts {
		bank.accounts[i] = 1000
	}
	var wg sync.WaitGroup
	okCount := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			seed := uint32(id*7919 + 1)
			for i := 0; i < 2000; i++ {
				seed = seed*1664525 + 1013904223
				from := int(seed>>16) % 10
				seed = seed*1664525 + 1013904223
				to := int(seed>>16) % 10
				if bank.Transfer(from, to, int(seed%50)) {
					okCount[id]++
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total after transfers:", bank.Total())
	sum := 0
	for _, c := range okCount {
		sum += c
	}
	fmt.Println("some transfers succeeded:", sum > 0)

	var counter int
	var mu sync.Mutex
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", counter)
}
