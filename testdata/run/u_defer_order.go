package main

import "fmt"

type Resource struct {
	name string
	log  *[]string
}

func Open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{name, log}
}

func (r *Resource) Close() {
	*r.log = append(*r.log, "close "+r.name)
}

func work(log *[]string) (result int) {
	a := Open("a", log)
	defer a.Close()
	b := Open("b", log)
	defer b.Close()
	defer func() {
		result *= 10
	}()
	for i := 0; i < 3; i++ {
		defer func(n int) {
			*log = append(*log, fmt.Sprint("deferred ", n))
		}(i)
	}
	result = 4
	return result + 1
}

func counter() (n int) {
	defer func() { n++ }()
	n = 10
	return
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x now", x)
}

func main() {
	var log []string
	r := work(&log)
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("result", r)
	fmt.Println("counter", counter())
	argsEvaluatedEarly()
	for i := 0; i < 3; i++ {
		defer fmt.Println("main defer", i)
	}
	fmt.Println("end of main")
}
