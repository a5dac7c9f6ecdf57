// Interface calls whose dynamic type is one slot (pointers, named scalars,
// strings, funcs, maps, one-field structs) reach the method without a wrapper:
// every kind of receiver, nil pointer receivers, Stringer and error through
// fmt and errors, a panic inside such a method, and goroutines sharing them.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Shape interface{ Area() float64 }

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }

type Celsius float64

func (c Celsius) Area() float64  { return float64(c) * 2 }
func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Name string

func (n Name) String() string { return strings.ToUpper(string(n)) }

type Op func(int) int

func (o Op) Apply(x int) int { return o(x) }

type Set map[string]bool

func (s Set) Len() int { return len(s) }

type Wrapper struct{ inner *Square }

func (w Wrapper) Area() float64 { return w.inner.Area() + 1 }

type Node struct{ next *Node }

func (n *Node) Depth() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Depth()
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Boom struct{}

func (*Boom) Area() float64 { panic("boom in Area") }

func main() {
	shapes := []Shape{&Square{2}, Celsius(1.5), Wrapper{&Square{3}}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total)
	var st fmt.Stringer = Celsius(36.6)
	fmt.Println(st, Celsius(-4), Name("gopher"), []fmt.Stringer{Name("a"), Celsius(0)})
	var ap interface{ Apply(int) int } = Op(func(x int) int { return x * 3 })
	fmt.Println(ap.Apply(14))
	var ln interface{ Len() int } = Set{"a": true, "b": true}
	fmt.Println(ln.Len())

	var nilNode *Node
	var d interface{ Depth() int } = nilNode
	fmt.Println(d.Depth(), d != nil)
	d = &Node{&Node{}}
	fmt.Println(d.Depth())

	var err error = &MyErr{7}
	wrapped := fmt.Errorf("wrapped: %w", err)
	var me *MyErr
	fmt.Println(wrapped, errors.As(wrapped, &me), me.code, errors.Is(wrapped, err))

	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)

	var wg sync.WaitGroup
	sums := make([]float64, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var s Shape = &Square{float64(g)}
			for k := 0; k < 1000; k++ {
				sums[g] += s.Area()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sums)

	defer func() { fmt.Println("recovered:", recover()) }()
	var b Shape = &Boom{}
	b.Area()
}
