package main

type P struct{ m map[string]int }

func main() {
	a := []int{1}
	b := []int{1}
	println(a == b)
	m1 := map[string]int{}
	m2 := map[string]int{}
	println(m1 == m2)
	f := func() {}
	println(f == f)
	var p, q P
	println(p == q)
	s := "abc"
	println(s * 2)
	println(true + false)
	var x float64 = 1
	println(x % 2)
	println(x << 1)
	println(s & s)
}
