package main

import (
	"errors"
	"fmt"
	"strings"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 1
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func work(fail bool) (err error) {
	r1 := &resource{"db"}
	defer r1.Close()
	r2 := &resource{"file"}
	defer r2.Close()
	if fail {
		panic(errors.New("disk full"))
	}
	return nil
}

func protect(f func()) (msg string) {
	defer func() {
		switch v := recover().(type) {
		case nil:
			msg = "no panic"
		case error:
			msg = "error: " + v.Error()
		case string:
			msg = "string: " + v
		default:
			msg = fmt.Sprintf("other %T: %v", v, v)
		}
	}()
	f()
	return "finished"
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counter())
	order()
	fmt.Println()
	fmt.Println(protect(func() { work(true) }))
	fmt.Println(protect(func() { work(false) }))
	fmt.Println(protect(func() { panic("boom") }))
	fmt.Println(protect(func() { panic(42) }))
	fmt.Println(protect(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(protect(func() {
		a := []int{1, 2, 3}
		i := 5
		_ = a[i]
	}))
	fmt.Println(protect(func() {
		var x interface{} = "str"
		_ = x.(int)
	}))
	fmt.Println(protect(func() {
		var p *resource
		fmt.Println(p.name)
	}))
	fmt.Println(protect(func() {
		s := []int{1, 2}
		j := 3
		_ = s[1:j]
	}))
	fmt.Println(protect(func() { panic(fmt.Sprintf("code %d", 7)) }))
	fmt.Println(nested())
	var sb strings.Builder
	func() {
		defer sb.WriteString("deferred;")
		sb.WriteString("body;")
	}()
	fmt.Println(sb.String())
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}
