package main

import (
	"errors"
	"fmt"
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

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

func tryCall(f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "no panic"
		case error:
			msg = "error: " + v.Error()
		case string:
			msg = "string: " + v
		default:
			msg = fmt.Sprintf("other: %v", v)
		}
	}()
	f()
	return "unreachable?"
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer recovered ", r)
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic after ", r))
	}()
	panic("first")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(tryCall(func() { mustPositive(-3) }))
	fmt.Println(tryCall(func() { panic(errors.New("bad thing")) }))
	fmt.Println(tryCall(func() { panic(42) }))
	fmt.Println(tryCall(func() {}))
	fmt.Println(tryCall(func() {
		var arr []int
		_ = arr[3]
	}))
	fmt.Println(tryCall(func() {
		var p *struct{ x int }
		p.x = 1
	}))
	fmt.Println(nested())
	fmt.Println(recover())
	defer fmt.Println("deferred in main runs")
	func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		var m map[string]int
		m["a"] = 1
	}()
	fmt.Println("done")
}
