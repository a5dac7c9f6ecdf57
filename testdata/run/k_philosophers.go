// Dining philosophers with resource ordering (lowest fork first) and a
// waiter semaphore variant; counts meals per philosopher.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right *Fork
	lid, rid    int
	meals       int
}

func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		first, second := p.left, p.right
		if p.lid > p.rid {
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		if i == rounds-1 {
			log <- fmt.Sprintf("%s finished eating", p.name)
		}
		second.Unlock()
		first.Unlock()
		time.Sleep(time.Microsecond)
	}
}

func withWaiter(names []string, rounds int) []int {
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	waiter := make(chan struct{}, len(names)-1)
	meals := make([]int, len(names))
	var wg sync.WaitGroup
	for i := range names {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l, r := forks[i], forks[(i+1)%len(forks)]
			for k := 0; k < rounds; k++ {
				waiter <- struct{}{}
				l.Lock()
				r.Lock()
				meals[i]++
				r.Unlock()
				l.Unlock()
				<-waiter
			}
		}(i)
	}
	wg.Wait()
	return meals
}

func main() {
	names := []string{"Plato", "Aristotle", "Kant", "Hume", "Descartes"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	ps := make([]*Philosopher, len(names))
	for i, n := range names {
		j := (i + 1) % len(names)
		ps[i] = &Philosopher{name: n, left: forks[i], right: forks[j], lid: i, rid: j}
	}
	log := make(chan string, len(names))
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Add(1)
		go p.dine(20, &wg, log)
	}
	wg.Wait()
	close(log)
	var lines []string
	for line := range log {
		lines = append(lines, line)
	}
	sort.Strings(lines)
	for _, line := range lines {
		fmt.Println(line)
	}
	for _, p := range ps {
		fmt.Printf("%-10s ate %d times\n", p.name, p.meals)
	}
	fmt.Println("waiter:", withWaiter(names, 50))
}
