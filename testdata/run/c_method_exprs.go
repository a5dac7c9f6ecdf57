package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
	lives int
}

func (c Cat) Sound() string { return "meow" }

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point   { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)    { p.X *= f; p.Y *= f }
func (p Point) String() string      { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }
func (p Point) Dist2() float64      { return p.X*p.X + p.Y*p.Y }

func describe(fs []func(Animal) string, a Animal) string {
	parts := []string{}
	for _, f := range fs {
		parts = append(parts, f(a))
	}
	return strings.Join(parts, "/")
}

func main() {
	d := Dog{Base{"rex"}, "lab"}
	c := Cat{&Base{"tom"}, 9}
	name := Dog.Name
	pname := (*Dog).Name
	rename := (*Dog).Rename
	fmt.Println(name(d), pname(&d))
	rename(&d, "max")
	fmt.Println(d.Name())

	cname := Cat.Name
	crename := Cat.Rename // promoted through an embedded pointer
	crename(c, "felix")
	fmt.Println(cname(c), c.Base.name)

	fs := []func(Animal) string{Animal.Name, Animal.Sound}
	fmt.Println(describe(fs, d), describe(fs, c))

	add := Point.Add
	scale := (*Point).Scale
	str := (*Point).String
	p := Point{1, 2}
	q := add(p, Point{3, 4})
	scale(&q, 0.5)
	fmt.Println(q, str(&q), fmt.Sprint(Point.String(p)))

	pts := []Point{{3, 4}, {1, 1}, {0, 2}}
	key := Point.Dist2
	sort.Slice(pts, func(i, j int) bool { return key(pts[i]) < key(pts[j]) })
	fmt.Println(pts)

	bound := p.Add
	p = Point{10, 10}
	fmt.Println(bound(Point{1, 1}))

	errf := error.Error
	fmt.Println(errf(errors.New("boom")))
	strf := fmt.Stringer.String
	fmt.Println(strf(q))

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	var np *Point
	fmt.Println(str(np))
}
