// Method values and method expressions.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(d int) int { return c.n + d }

type Getter interface{ Get() int }

func apply(f func(), times int) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	c := Counter{}
	inc := c.Inc
	apply(inc, 3)
	get := c.Get
	c.Inc()
	fmt.Println(c.n, get(), c.Get())
	add := Counter.Add
	fmt.Println(add(c, 10))
	pinc := (*Counter).Inc
	pinc(&c)
	var g Getter = c
	gf := g.Get
	c.Inc()
	fmt.Println(c.n, gf())
	fs := []func() int{c.Get, g.Get}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
