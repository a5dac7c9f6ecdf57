package main

import (
	"errors"
	"fmt"
	"os"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Employee struct {
	Name   string
	Age    int
	Salary float64
	Tags   []string
	Boss   *Employee
}

type pair struct {
	k string
	v int
}

func main() {
	e := Employee{Name: "Alice", Age: 30, Salary: 5123.456, Tags: []string{"a", "b"}}
	fmt.Printf("%v\n", e)
	fmt.Printf("%+v\n", e)
	fmt.Printf("%T %T %T\n", e, &e, e.Tags)
	p := pair{"x", 1}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v %#v\n", map[string]int{"b": 2, "a": 1}, "q\"s")
	fmt.Printf("[%5d] [%-5d] [%05d] [%x] [%X] [%o] [%b] [%#x]\n", 42, 42, 42, 255, 255, 8, 5, 255)
	fmt.Printf("[%8.3f] [%-8.2f] [%08.3f] [%.0f] [%e] [%g]\n", 3.14159, 2.5, -3.14159, 2.5, 123456.789, 0.000012)
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q]\n", "go", "go", "go", "golang", "hi\n")
	fmt.Printf("%c %U %q %d\n", 'G', 'G', 'G', 'G')
	fmt.Printf("%x % x %X\n", "hello", []byte("hi"), "Go")
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %s %d\n", Blue, Green, Red)
	fmt.Printf("%v %v\n", []Color{Red, Blue}, map[Color]int{Green: 2, Red: 1})
	var ip *int
	var err error
	fmt.Printf("%v %v %+v\n", ip, err, []*int{nil})
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%v %v\n", [3]bool{true}, struct{}{})
	fmt.Printf("%v %.3v %10.4v|\n", 1e21, 3.14159, "abcdefgh")
	fmt.Printf("%+d %+d % d\n", 5, -5, 5)
	fmt.Printf("%v\n", errors.New("an error"))
	fmt.Printf("%s|%v\n", []string{"a", "b"}, [][]int{{1}, {2, 3}})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%08b %o %#o\n", 13, 64, 64)
	fmt.Printf("%x %X\n", -255, uint8(200))
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
	fmt.Printf("%.2f %v %v\n", float32(0.1), float32(0.1), 0.1+0.2)
	fmt.Printf("%v %v\n", 1e-7, 1e6)
	s := fmt.Sprintf("%-8s|%8s|", "left", "right")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	fmt.Fprintln(os.Stdout, "to stdout", 7)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	type inner struct{ A, B int }
	type outer struct {
		I  inner
		P  *inner
		M  map[string]int
		Sl []inner
	}
	o := outer{I: inner{1, 2}, M: map[string]int{"z": 26}, Sl: []inner{{3, 4}}}
	fmt.Printf("%v\n%+v\n", o, o)
}
