// strings.Builder: every method, growth across many writes, garbage
// collection while building, builders inside structs and goroutines, and Go's
// panics for a negative Grow and for a builder copied by value.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type report struct {
	title string
	body  strings.Builder
}

func main() {
	var z strings.Builder
	fmt.Printf("%q %d %d\n", z.String(), z.Len(), z.Cap())

	var b strings.Builder
	b.WriteString("héllo")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err, b.Len(), b.String(), len(b.String()))
	b.Grow(100)
	fmt.Println(b.Cap() >= b.Len()+100, b.String())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	// many writes, a collection in the middle, the result checked
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&b, "%d,", i%10)
		if i == 10000 {
			runtime.GC()
		}
	}
	s := b.String()
	fmt.Println(len(s), s[:10], s[len(s)-6:], strings.Count(s, "7"))
	b.WriteString("tail")
	fmt.Println(len(s), b.Len()) // String's result does not change afterwards

	r := &report{title: "t"}
	r.body.WriteString("line1\n")
	r.body.WriteString("line2\n")
	fmt.Print(r.title, ":\n", r.body.String())

	var wg sync.WaitGroup
	out := make([]string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var sb strings.Builder
			for k := 0; k < 1000; k++ {
				sb.WriteByte(byte('a' + g))
			}
			out[g] = sb.String()
		}(g)
	}
	wg.Wait()
	for _, o := range out {
		fmt.Print(len(o), o[:3], " ")
	}
	fmt.Println()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var g strings.Builder
		g.Grow(-1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.WriteString("y")
	}()
	// copying a zero builder is fine
	var zero strings.Builder
	cp := zero
	cp.WriteString("ok")
	fmt.Println(cp.String())
}
