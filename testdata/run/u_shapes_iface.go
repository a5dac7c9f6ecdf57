package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct {
	W, H float64
}

type Circle struct {
	R float64
}

type Square struct {
	Rect
	label string
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

func NewSquare(side float64, label string) Square {
	return Square{Rect{side, side}, label}
}

func largest(shapes ...Shape) (Shape, int) {
	var best Shape
	idx := -1
	for i, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
			idx = i
		}
	}
	return best, idx
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return "circle " + v.String()
	case Square:
		return "square " + v.label
	case Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{2},
		NewSquare(3.5, "sq"),
		Rect{W: 1, H: 10},
	}
	for _, s := range shapes {
		fmt.Printf("%-22s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
	}
	b, i := largest(shapes...)
	fmt.Println("largest:", i, describe(b))
	fmt.Println(shapes[1])
	fmt.Printf("%v %+v\n", shapes[0], shapes[2])
	sq := NewSquare(2, "small")
	fmt.Println(sq.W, sq.Area(), sq.Rect.Perimeter())
	if c, ok := shapes[1].(Circle); ok {
		fmt.Println("is circle with radius", c.R)
	}
	_, ok := shapes[0].(Circle)
	fmt.Println("rect is circle?", ok)
	var none Shape
	_, i = largest()
	fmt.Println(none == nil, i)
}
