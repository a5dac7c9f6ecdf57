package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct {
	Rect
	label string
}

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r Rect) String() string      { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string   { return fmt.Sprintf("Circle(%g)", c.R) }
func (c *Circle) Grow(f float64)   { c.R *= f }

func NewSquare(s float64) Square { return Square{Rect{s, s}, "sq"} }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name string
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case Named:
		return "named " + v.String()
	case Shape:
		return fmt.Sprintf("shape %.2f", v.Area())
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("ints ", len(v))
	case func() string:
		return "func " + v()
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2), Rect{1, 1}}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-14v %6.2f %6.2f\n", s, s.Area(), s.Perimeter())
	}
	var total float64
	for _, s := range shapes {
		if c, ok := s.(*Circle); ok {
			c.Grow(2)
		}
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	sq := NewSquare(3)
	fmt.Println(sq, sq.W, sq.Rect.Area(), sq.label)
	fmt.Printf("%v %+v\n", sq, sq)
	var n Named = sq
	fmt.Println(n.String(), n.Area())
	var s Shape
	fmt.Println(s == nil, describe(s))
	var cp *Circle
	s = cp
	fmt.Println(s == nil, s != nil)
	for _, v := range []interface{}{nil, Rect{1, 2}, &Circle{2}, fmt.Errorf("e"), []int{1}, func() string { return "f" }, 7, int64(8), "s", 2.5, struct{}{}} {
		fmt.Println(describe(v))
	}
	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("starting %s on %d", svc.Name, 8080)
	svc.Log("ok")
	fmt.Println(strings.Join(svc.lines, "; "))
	var sh1, sh2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(sh1 == sh2, sh1 != Rect{2, 1})
	c1 := &Circle{1}
	var sh3, sh4 Shape = c1, c1
	fmt.Println(sh3 == sh4, sh3 == Shape(&Circle{1}))
	var st fmt.Stringer = c1
	if sh, ok := st.(Shape); ok {
		fmt.Printf("%.2f\n", sh.Perimeter())
	}
	fmt.Printf("%T %T %T\n", shapes[0], st, n)
}
