package main

type T struct{ n int }

func main() {
	x := 5
	x()
	var t T
	t.n()
	s := "str"
	s(1, 2)
	T()
	_ = t
}
