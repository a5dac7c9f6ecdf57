package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "<silent>"
	}
	return d.name + " woofs"
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	var d *Dog
	var a Animal = d
	fmt.Println(a == nil, a.Sound(), d == nil)
	a = &Dog{"rex"}
	fmt.Println(a.Sound())
	var x interface{} = (*int)(nil)
	fmt.Println(x == nil, x)
	var y interface{}
	fmt.Println(y == nil, y)
	fmt.Printf("%v %T\n", x, x)
	if err, ok := e1.(*MyErr); ok {
		fmt.Println("it is *MyErr, nil?", err == nil)
	}
	values := []interface{}{nil, 0, "", false, (*Dog)(nil), []int(nil)}
	for i, v := range values {
		fmt.Printf("%d: isnil=%v %T\n", i, v == nil, v)
	}
}
