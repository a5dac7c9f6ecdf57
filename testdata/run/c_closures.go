package main

import (
	"fmt"
	"sort"
	"strings"
)

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counterPair() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

type Op func(float64, float64) (float64, error)

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for i := len(ms) - 1; i >= 0; i-- {
			s = ms[i](s)
		}
		return s
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type HandlerFunc func(string) int

func (h HandlerFunc) Handle(s string) int { return h(s) * 2 }

type Handler interface{ Handle(string) int }

func main() {
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	inc, get := counterPair()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	ops := map[string]Op{
		"add": func(a, b float64) (float64, error) { return a + b, nil },
		"div": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			return a / b, nil
		},
	}
	names := make([]string, 0)
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		r, err := ops[k](6, 0)
		fmt.Println(k, r, err)
	}
	if op, ok := ops["mul"]; !ok {
		fmt.Println("no mul", op == nil)
	}
	up := Middleware(strings.ToUpper)
	ex := func(s string) string { return s + "!" }
	br := func(s string) string { return "[" + s + "]" }
	fmt.Println(chain(up, ex, br)("hi"), chain()("same"))
	calls := 0
	var slowFib func(int) int
	slowFib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	fmt.Println(slowFib(50), calls)
	var funcs []func() int
	for i := 0; i < 3; i++ {
		j := i
		funcs = append(funcs, func() int { return j * j })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	var h Handler = HandlerFunc(func(s string) int { return len(s) })
	fmt.Println(h.Handle("abcd"))
	adders := make(map[int]func(int) int)
	for _, n := range []int{1, 10, 100} {
		n := n
		adders[n] = func(x int) int { return x + n }
	}
	fmt.Println(adders[10](5), adders[100](adders[1](0)))
	x := 10
	modify := func() { x *= 3 }
	modify()
	fmt.Println(x)
	apply := func(fs ...func(int) int) func(int) int {
		return func(v int) int {
			for _, g := range fs {
				v = g(v)
			}
			return v
		}
	}
	double := func(v int) int { return v * 2 }
	fmt.Println(apply(double, double, adders[1])(5))
	defer func(s string) { fmt.Println("deferred with", s) }(fmt.Sprint("x=", x))
	x = 0
	func() {
		x := 5
		x++
		_ = x
	}()
	fmt.Println("x after shadow", x)
	fmt.Printf("%T %T\n", f, ops["add"])
}
