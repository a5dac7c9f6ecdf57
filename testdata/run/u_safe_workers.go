package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID   int
	Data []int
}

type Outcome struct {
	ID    int
	Value int
	Err   string
}

func compute(t Task) int {
	if len(t.Data) == 0 {
		panic(fmt.Sprintf("task %d: no data", t.ID))
	}
	acc := t.Data[0]
	for _, d := range t.Data[1:] {
		acc = acc*31 + 1000/d
	}
	return acc
}

func safeRun(t Task) (o Outcome) {
	o.ID = t.ID
	defer func() {
		if r := recover(); r != nil {
			o.Err = fmt.Sprint(r)
			o.Value = 0
		}
	}()
	o.Value = compute(t)
	return o
}

type Collector struct {
	mu       sync.Mutex
	outcomes map[int]Outcome
	failures int
}

func (c *Collector) Add(o Outcome) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.outcomes[o.ID] = o
	if o.Err != "" {
		c.failures++
	}
}

func main() {
	tasks := []Task{
		{1, []int{1, 2, 3}},
		{2, []int{}},
		{3, []int{5, 0}},
		{4, []int{7, 7, 7, 7}},
		{5, []int{2, 4, 8, 16, 32}},
		{6, nil},
		{7, []int{9, 3, 1}},
	}
	c := &Collector{outcomes: make(map[int]Outcome)}
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func(t Task) {
			defer wg.Done()
			c.Add(safeRun(t))
		}(t)
	}
	wg.Wait()
	for id := 1; id <= len(tasks); id++ {
		o := c.outcomes[id]
		if o.Err != "" {
			fmt.Printf("task %d failed: %s\n", id, o.Err)
		} else {
			fmt.Printf("task %d = %d\n", id, o.Value)
		}
	}
	fmt.Println("failures:", c.failures)
}
