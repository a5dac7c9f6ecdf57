package main

type T struct{ n int }

func main() {
	x := 5
	println(*x)
	var t T
	println(*t)
	p := &t
	println(p.n)
	println(&5)
	println(&x.n)
	q := &x
	*q = "s"
}
