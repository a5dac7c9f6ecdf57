// Values of every kind travel through channels whole: ints, strings, structs,
// slices, arrays, pointers, maps, channels, funcs, interfaces and struct{}.
package main

import "fmt"

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprint("bad ", e.code) }

type point struct {
	x, y int
	name string
}

func main() {
	ci := make(chan int, 1)
	ci <- -7
	fmt.Println(<-ci)

	cs := make(chan string)
	go func() { cs <- "héllo" }()
	fmt.Println(<-cs)

	cp := make(chan point, 2)
	cp <- point{1, 2, "a"}
	cp <- point{x: 3, name: "b"}
	fmt.Println(<-cp, <-cp)

	csl := make(chan []int)
	go func() { csl <- []int{1, 2, 3} }()
	s := <-csl
	fmt.Println(s, len(s), cap(s))

	ca := make(chan [3]string, 1)
	ca <- [3]string{"x", "y", "z"}
	fmt.Println(<-ca)

	cptr := make(chan *point)
	p := &point{name: "shared"}
	go func() {
		q := <-cptr
		q.x = 99
		cptr <- q
	}()
	cptr <- p
	fmt.Println(<-cptr == p, p.x)

	cm := make(chan map[string]int, 1)
	cm <- map[string]int{"k": 5}
	fmt.Println((<-cm)["k"])

	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 11
	fmt.Println(<-inner)

	cf := make(chan func(int) int, 1)
	cf <- func(v int) int { return v * 3 }
	fmt.Println((<-cf)(5))

	ce := make(chan error, 1)
	ce <- myErr{1}
	fmt.Println(<-ce)

	cany := make(chan any, 3)
	cany <- 1
	cany <- "two"
	cany <- point{}
	close(cany)
	for v := range cany {
		fmt.Printf("%T %v\n", v, v)
	}

	cz := make(chan struct{}, 5)
	for i := 0; i < 5; i++ {
		cz <- struct{}{}
	}
	fmt.Println(len(cz), <-cz, len(cz))

	cb := make(chan bool, 1)
	cb <- true
	fmt.Println(<-cb)
	cfl := make(chan float64, 1)
	cfl <- 2.5
	fmt.Println(<-cfl)
}
