package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Pixel struct {
	Pos   Point
	Color Color
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Path []Point

func (p Path) String() string {
	parts := make([]string, len(p))
	for i, pt := range p {
		parts[i] = pt.String()
	}
	return strings.Join(parts, "->")
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %d %s\n", Blue, Blue, Green)
	p := Point{1, 2}
	fmt.Println(p, &p)
	px := Pixel{Point{3, 4}, Green}
	fmt.Println(px)
	fmt.Printf("%v|%+v\n", px, px)
	fmt.Println(Temp(21.55), Temp(-3))
	path := Path{{0, 0}, {1, 1}, {2, 3}}
	fmt.Println(path)
	fmt.Println(len(path), path[1:])
	colors := []Color{Blue, Red}
	fmt.Println(colors)
	fmt.Printf("%10s|%-8v|\n", Red, Blue)
	s := fmt.Sprint(Red, " and ", Green)
	fmt.Println(s, len(s))
}
