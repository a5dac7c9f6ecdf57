package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec  { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)   { v.X *= k; v.Y *= k }
func (v Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }
func (v Vec) Mutate() Vec    { v.X = -1; return v }

type Body struct {
	Name string
	Pos  Vec
	Vel  Vec
}

func step(bodies []Body) {
	for i := range bodies {
		bodies[i].Pos = bodies[i].Pos.Add(bodies[i].Vel)
	}
}

func stepCopy(bodies []Body) {
	for _, b := range bodies {
		b.Pos = b.Pos.Add(b.Vel)
	}
}

func main() {
	bodies := []Body{
		{"a", Vec{0, 0}, Vec{1, 2}},
		{"b", Vec{10, 10}, Vec{-1, 0}},
	}
	step(bodies)
	step(bodies)
	stepCopy(bodies)
	for _, b := range bodies {
		fmt.Println(b.Name, b.Pos, b.Vel)
	}
	v := Vec{2, 3}
	w := v
	w.Scale(10)
	fmt.Println(v, w, v.Mutate(), v)
	pv := &v
	pv.Scale(2)
	fmt.Println(v, *pv, pv.Add(Vec{1, 1}))
	b1 := bodies[0]
	b1.Name = "copy"
	b1.Pos.Scale(100)
	fmt.Println(bodies[0].Name, bodies[0].Pos, b1.Name, b1.Pos)
	pb := &bodies[1]
	pb.Vel.Scale(-3)
	fmt.Println(bodies[1])
	var iface interface{} = v
	v.X = 999
	fmt.Println(iface, v)
	fns := []func() Vec{}
	for i := 0; i < 3; i++ {
		vv := Vec{i, i}
		fns = append(fns, vv.Mutate)
		vv.Y = 100
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	anon := struct {
		A int
		B []int
	}{1, []int{1, 2}}
	cp := anon
	cp.A = 2
	cp.B[0] = 100
	fmt.Println(anon, cp)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
}
