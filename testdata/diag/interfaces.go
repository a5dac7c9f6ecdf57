package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s *Square) Area() float64      { return s.side * s.side }
func (s *Square) Perimeter() float64 { return 4 * s.side }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

type Wrong struct{}

func (Wrong) Area() int            { return 0 }
func (Wrong) Perimeter() float64   { return 0 }

func show(s Shape) {}

func main() {
	var s Shape = Square{1}
	show(Circle{2})
	s = Wrong{}
	show(&Square{3})
	_ = s
}
