// Asserting to an interface the dynamic type does not implement names the first
// missing method.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	var v interface{} = Square{2}
	if _, ok := v.(Shape); !ok {
		fmt.Println("not a shape")
	}
	sh := v.(Shape)
	fmt.Println(sh.Area())
}
