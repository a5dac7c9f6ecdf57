// Sleeps are 40-50 ms apart so that the order survives a loaded machine.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Event struct {
	At   time.Duration
	Name string
}

type Log struct {
	mu     sync.Mutex
	events []string
}

func (l *Log) Record(s string) {
	l.mu.Lock()
	l.events = append(l.events, s)
	l.mu.Unlock()
}

func main() {
	events := []Event{
		{150 * time.Millisecond, "third"},
		{50 * time.Millisecond, "first"},
		{200 * time.Millisecond, "fourth"},
		{100 * time.Millisecond, "second"},
	}
	var log Log
	var wg sync.WaitGroup
	start := time.Now()
	for _, e := range events {
		wg.Add(1)
		go func(e Event) {
			defer wg.Done()
			time.Sleep(e.At)
			log.Record(e.Name)
		}(e)
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Println(log.events)
	fmt.Println("took at least 200ms:", elapsed >= 200*time.Millisecond, "less than 2s:", elapsed < 2*time.Second)

	// sleep sort, well separated
	nums := []int{5, 2, 8, 1, 9, 3}
	var sorted []int
	var mu sync.Mutex
	for _, n := range nums {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(n) * 40 * time.Millisecond)
			mu.Lock()
			sorted = append(sorted, n)
			mu.Unlock()
		}(n)
	}
	wg.Wait()
	fmt.Println(sorted)

	deadline := time.Now().Add(30 * time.Millisecond)
	spins := 0
	for time.Now().Before(deadline) {
		spins++
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("spun a few times:", spins >= 1 && spins <= 7)
	d := time.Since(start).Round(time.Hour)
	fmt.Println(d, (1500 * time.Millisecond).Truncate(time.Second), (2*time.Hour + 30*time.Minute).Round(time.Hour))
}
