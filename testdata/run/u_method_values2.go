package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) WithName(s string) Counter {
	c.name = s
	return c
}

type Reporter interface{ Report() string }

type Button struct {
	label   string
	onClick func()
}

func (b *Button) Click() {
	if b.onClick != nil {
		b.onClick()
	}
}

func apply(n int, f func(int) int) (last int) {
	for i := 1; i <= n; i++ {
		last = f(i)
	}
	return
}

func main() {
	c := Counter{name: "c"}
	inc := c.Inc
	report := c.Report
	inc()
	inc()
	fmt.Println(c.n, report(), c.Report())

	var r Reporter = c
	rep := r.Report
	c.n = 100
	fmt.Println(rep(), r.Report())

	fmt.Println(apply(4, c.Add), c.n)

	btn := &Button{label: "ok", onClick: c.Inc}
	btn.Click()
	btn.Click()
	fmt.Println(c.n)

	f := (*Counter).Add
	g := Counter.Report
	h := (*Counter).Report
	fmt.Println(f(&c, 5), g(c), h(&c))
	w := Counter.WithName
	fmt.Println(w(c, "renamed").Report(), c.name)

	defer c.Report()
	defer fmt.Println("deferred report:", c.Report())
	c.n = 1

	counters := []*Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	var wg sync.WaitGroup
	var incMu sync.Mutex // Inc itself is not synchronised
	for _, ct := range counters {
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func(f func()) {
				defer wg.Done()
				incMu.Lock()
				f()
				incMu.Unlock()
			}(ct.Inc)
		}
	}
	wg.Wait()
	var mu sync.Mutex
	lock, unlock := mu.Lock, mu.Unlock
	total := 0
	for _, ct := range counters {
		wg.Add(1)
		go func(ct *Counter) {
			defer wg.Done()
			lock()
			total += ct.n
			unlock()
		}(ct)
	}
	wg.Wait()
	fmt.Println(counters[0].Report(), counters[2].Report(), total)
	fns := map[string]func() string{}
	for _, ct := range counters {
		fns[ct.name] = ct.Report
	}
	counters[1].n = -1
	fmt.Println(fns["a"](), fns["b"](), fns["c"]())
}
