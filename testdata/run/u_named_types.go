package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func (s Stack) Peek() int   { return s[len(s)-1] }
func (s Stack) Empty() bool { return len(s) == 0 }

type IntList []int

func (l IntList) Sum() (t int) {
	for _, v := range l {
		t += v
	}
	return
}

type MyStr string

func (m MyStr) Shout() MyStr { return m + "!" }

type Pair struct{ A, B int }
type Tuple struct{ A, B int }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s Set) Len() int          { return len(s) }

type Matrix [][]int

func (m Matrix) Col(j int) []int {
	var c []int
	for _, row := range m {
		c = append(c, row[j])
	}
	return c
}

type Celsius int

func total(l IntList) int { return l.Sum() }

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s, s.Peek(), len(s))
	fmt.Println(s.Pop(), s.Pop(), s, s.Empty())
	ps := &s
	ps.Push(99)
	fmt.Println(*ps, ps.Peek())

	raw := []int{1, 2, 3}
	fmt.Println(total(raw), IntList(raw).Sum(), IntList{4, 5}.Sum())
	var l IntList = raw
	l[0] = 100
	fmt.Println(raw[0], l.Sum())

	m := MyStr("hey")
	fmt.Println(m.Shout().Shout(), len(m), string(m)+"?", m < "z")
	fmt.Printf("%T %v %q\n", m, m, m)

	p := Pair{1, 2}
	t := Tuple(p)
	t.A = 10
	fmt.Println(p, t, Pair(t) == Pair{10, 2})

	set := Set{}
	for _, w := range []string{"a", "b", "a", "c"} {
		set.Add(w)
	}
	fmt.Println(set.Len(), set.Has("b"), set.Has("z"))

	mat := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(mat.Col(1), mat.Col(2))

	var x interface{} = 1 << 10
	var y interface{} = 'a'
	var z interface{} = 2.0
	fmt.Printf("%T %T %T %v\n", x, y, z, x)
	temps := []Celsius{20, 30}
	var sum Celsius
	for _, c := range temps {
		sum += c
	}
	fmt.Println(sum/Celsius(len(temps)), sum > 40)
	b := []byte(m)
	b[0] = 'H'
	fmt.Println(string(b), MyStr(b), m)
}
