package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Polygon interface {
	Shape
	Sides() int
}

type Rect struct{ W, H float64 }
type Tri struct{ B, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (r Rect) Sides() int      { return 4 }
func (t *Tri) Area() float64   { return t.B * t.H / 2 }
func (t *Tri) Name() string    { return "triangle" }
func (t *Tri) Sides() int      { return 3 }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func (r Rect) String() string { return fmt.Sprintf("Rect[%gx%g]", r.W, r.H) }

func totalArea(shapes []Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func countSides(shapes []Shape) (sides int, nonPoly []string) {
	for _, s := range shapes {
		if p, ok := s.(Polygon); ok {
			sides += p.Sides()
		} else {
			nonPoly = append(nonPoly, s.Name())
		}
	}
	return
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Tri{4, 5}, Circle{1}, Rect{W: 1.5, H: 2}}
	for i, s := range shapes {
		fmt.Printf("%d %-9s %6.2f\n", i, s.Name(), s.Area())
	}
	fmt.Println("total:", totalArea(shapes))
	sides, np := countSides(shapes)
	fmt.Println("sides:", sides, "non-polygons:", np)
	fmt.Println(shapes[0], shapes[2])
	var p Polygon = Rect{1, 1}
	var s Shape = p
	fmt.Println(s.Name(), s.Area(), p.Sides())
	t := &Tri{1, 1}
	s = t
	if tt, ok := s.(*Tri); ok {
		tt.B = 10
	}
	fmt.Println(t.Area(), s.Area())
	fmt.Println(s == Shape(t), s != Shape(&Tri{10, 1}))
	var r1, r2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(r1 == r2, r1 == Shape(Rect{2, 1}))
	fmt.Printf("%T %T %T\n", shapes[0], shapes[1], s)
}
