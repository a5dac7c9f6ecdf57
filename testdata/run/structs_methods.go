// Structs: fields, copies are values, value and pointer receivers, automatic
// & and * on method calls, nested structs, pointers to fields.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Sum() int {
	return p.X + p.Y
}

func (p Point) Moved(dx int) Point {
	p.X += dx
	return p
}

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (p *Point) Reset() {
	p.X = 0
	p.Y = 0
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func (r *Rect) Grow(n int) {
	r.Min.Move(-n, -n)
	r.Max.Move(n, n)
}

type Counter struct {
	hits int
}

func (c *Counter) Hit() *Counter {
	c.hits++
	return c
}

func main() {
	var p Point
	p.X = 3
	p.Y = 4
	fmt.Println(p.X, p.Y, p.Sum())

	q := p // copy
	q.X = 100
	fmt.Println("p", p.X, "q", q.X)

	m := p.Moved(10)
	fmt.Println("moved copy", m.X, "original", p.X)

	p.Move(1, 1) // (&p).Move
	fmt.Println("after Move", p.X, p.Y)

	pp := &p
	pp.Move(1, 1)
	fmt.Println("via pointer", p.X, p.Y, pp.Sum()) // (*pp).Sum

	var r Rect
	r.Name = "box"
	r.Max.X = 4
	r.Max.Y = 3
	fmt.Println(r.Name, r.Area())
	r.Grow(1)
	fmt.Println(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y, r.Area())

	r2 := r
	r2.Min.Reset()
	fmt.Println("r2", r2.Area(), "r", r.Area())

	fx := &r.Max.X
	*fx = 10
	fmt.Println("through field pointer", r.Max.X, r.Area())

	var c Counter
	c.Hit().Hit().Hit()
	fmt.Println("hits", c.hits)

	fmt.Println(p, r)
	fmt.Printf("%v %v\n", q, &q)
}
