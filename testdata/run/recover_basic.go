// recover: runtime errors become runtime.Error values (with Go's dynamic types
// and messages), user values come back as they were panicked, recover outside a
// panic or not called directly by the deferred function returns nil, deferred
// functions can change named results, and the function that deferred the
// recovering call returns normally to its caller.
package main

import (
	"fmt"
	"runtime"
)

type textErr struct{ s string }

func (e *textErr) Error() string { return e.s }

func newErr(s string) error { return &textErr{s} }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

type Celsius float64

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
		if err, ok := r.(error); ok {
			fmt.Println("  error:", err.Error())
		}
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("  runtime error:", re.Error())
		}
	}()
	f()
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = newErr(fmt.Sprintf("recovered: %v", r))
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func helperRecover() interface{} { return recover() }

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer got ", r)
		}
	}()
	defer func() {
		// not called directly by the deferred function: nil, the panic goes on
		fmt.Println("helper saw:", helperRecover())
	}()
	panic("deep")
}

func noPanic() (n int) {
	defer func() {
		fmt.Println("recover without panic:", recover())
		n++
	}()
	return 41
}

func loopRecover(n int) (sum int) {
	for i := 0; i < n; i++ {
		func() {
			defer func() {
				if recover() != nil {
					sum += 10
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
			sum++
		}()
	}
	return sum
}

func main() {
	var m map[string]int
	var s []int
	var i interface{} = "str"
	var p *MyErr
	zero := 0
	try("index", func() { _ = s[5] })
	try("slice", func() { _ = s[1:7] })
	try("nil map", func() { m["a"] = 1 })
	try("conversion", func() { _ = i.(int) })
	try("divide", func() { fmt.Println(1 / zero) })
	try("nil pointer", func() { fmt.Println(p.Code) })
	try("missing method", func() { _ = i.(fmt.Stringer) })
	try("string", func() { panic("just a string") })
	try("int", func() { panic(42) })
	try("error value", func() { panic(newErr("plain error")) })
	try("custom error", func() { panic(&MyErr{7}) })
	try("named float", func() { panic(Celsius(21.5)) })
	try("nothing", func() {})

	q, err := divide(7, 2)
	fmt.Println(q, err)
	q, err = divide(7, 0)
	fmt.Println(q, err)
	fmt.Println(indirect())
	fmt.Println(noPanic())
	fmt.Println(loopRecover(5))
	fmt.Println("main returns normally")
}
