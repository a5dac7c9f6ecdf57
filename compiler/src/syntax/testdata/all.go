// Package main exercises every construct of the AST.
package main

import "fmt"
import (
	"os"
	m "math"
	. "strings"
	_ "sync"
)

const Pi = 3.14159
const (
	A = iota
	B
	C, D = iota * 2, 'x'
	E int = 1 << 10
)

var x, y int = 1, 2
var (
	s   = "hello\tworld\n"
	raw = `raw
string`
	f64 float64
	ch  = make(chan int, 10)
)

type Point struct {
	X, Y int `json:"x"`
	name string
	*fmt.Stringer
	Embedded
}

type Embedded struct{}

type Shape interface {
	Area() float64
	Perimeter() (p float64, err error)
	fmt.Stringer
}

type Number interface {
	~int | ~float64 | int64
}

type List[T any] struct {
	items []T
	next  *List[T]
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Alias = Point
type Arr [4]int
type Fn func(int, ...string) (bool, error)
type Chans struct {
	a chan int
	b <-chan string
	c chan<- []byte
	d map[string][]*Point
}

func native(a, b int) int

func (p Point) String() string { return fmt.Sprint(p.X, p.Y) }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y -= dy
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, v := range xs {
		out = append(out, f(v))
	}
	return out
}

func variadic(prefix string, rest ...int) (n int, err error) {
	n = len(rest)
	return
}

func control(v interface{}) int {
	total := 0
	if n, ok := v.(int); ok && n > 0 {
		total += n
	} else if s, ok := v.(string); !ok {
		total--
	} else {
		_ = s
	}
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		total *= i
	}
	for total > 100 {
		total /= 2
	}
	for {
		break
	}
	for i := range 10 {
		total += i
	}
	for range []int{1, 2} {
	}
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	var k int
	for k = range "abc" {
	}
	_ = k
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	switch x := total; {
	case x > 10, x < -10:
		total = 0
		fallthrough
	case x == 5:
	default:
		total++
	}
	switch total {
	case 1:
	}
	switch t := v.(type) {
	case nil:
	case int, *Point, []string, map[string]int, func() error, chan int:
		_ = t
	case fmt.Stringer:
	default:
	}
	switch v.(type) {
	}
	goto done
done:
	return total
}

func concurrency() {
	done := make(chan struct{})
	results := make(chan int, 3)
	go func(n int) {
		defer close(done)
		results <- n * 2
	}(21)
	select {
	case r := <-results:
		fmt.Println(r)
	case r, ok := <-results:
		_, _ = r, ok
	case results <- 1:
	case <-done:
	default:
	}
	var recv <-chan int = results
	_ = recv
	defer func() {
		if r := recover(); r != nil {
			os.Exit(1)
		}
	}()
}

func expressions() {
	a, b := 1, 2
	c := a + b*3 - (a-b)/2%4<<1>>1&^5 | 6 ^ 7 & 8
	d := a < b && b <= c || !(a == c) && a != b && a > 0 && b >= 0
	e := -a + +b - ^c
	p := &Point{X: 1, Y: 2}
	q := *p
	q.X++
	arr := [...]int{1, 2, 3}
	sl := arr[1:2]
	sl = arr[:]
	sl = arr[1:2:3]
	sl = sl[:len(sl)]
	pts := []Point{{1, 2, "", nil, Embedded{}}, {X: 3}}
	grid := [][]int{{1}, {2, 3}}
	mp := map[Point]string{{1, 2, "", nil, Embedded{}}: "a"}
	pair := Pair[string, int]{Key: "k", Val: 1}
	lst := &List[int]{}
	lst.Push(1)
	ys := Map[int, string]([]int{1}, func(i int) string { return fmt.Sprint(i) })
	fn := func(xs ...int) int { return len(xs) }
	n := fn(arr[:]...)
	var iface interface{} = 1.5e3 + 0x1p-2 + 2i
	bs := []byte("x")
	r := 'a' + '\n' + '\x41' + '\u00e9' + '\U0001F600' + '\101'
	conv := float64(n) + m.Sqrt(2)
	ptr := (*Point)(nil)
	ch2 := make(chan<- int)
	str := struct{ A int }{A: 1}
	_, _, _, _, _, _, _, _, _, _ = c, d, e, q, pts, grid, mp, pair, ys, iface
	_, _, _, _, _, _, _ = bs, r, conv, ptr, ch2, str, ToUpper("x")
	{
		inner := 1
		_ = inner
	}
	const local = 1
	type T int
	var z T
	_ = z
	_ = 0o17 + 017 + 0b101 + 1_000 + 0X1F
}

func main() {
	fmt.Println(control(3), native(1, 2))
	concurrency()
	expressions()
}
