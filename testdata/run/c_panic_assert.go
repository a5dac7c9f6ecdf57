package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var sh Shape = Sq{2}
	if _, ok := sh.(io.Reader); !ok {
		fmt.Println("not a reader")
	}
	fmt.Println(sh.(Sq).Area())
	var e interface{} = sh
	n := e.(fmt.Stringer)
	fmt.Println(n)
}
