package main

import "fmt"

type A struct {
	Name string
	X    int
}
type B struct {
	Name string
	Y    int
}

func (A) Hello() string { return "A.Hello" }
func (A) Only() string  { return "A.Only" }
func (B) Hello() string { return "B.Hello" }

type C struct {
	A
	B
	Name string
}

type D struct {
	C
	X int
}

func (d D) Hello() string { return "D.Hello/" + d.A.Hello() }

type Greeter interface{ Hello() string }

type Inner struct{ v int }

func (i *Inner) Val() int { return i.v }

type Outer struct{ *Inner }

func main() {
	c := C{A{"a", 1}, B{"b", 2}, "c"}
	fmt.Println(c.Name, c.A.Name, c.B.Name, c.X, c.Y, c.Only())
	d := D{C: c, X: 99}
	fmt.Println(d.X, d.C.X, d.A.X, d.Name, d.Hello(), d.Only())
	var g Greeter = d
	fmt.Println(g.Hello())
	g = c.A
	fmt.Println(g.Hello())
	fmt.Printf("%+v\n", d)
	o := Outer{&Inner{5}}
	fmt.Println(o.Val(), o.v)
	o2 := Outer{}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(o2.Val())
}
