package main

func main() {
	n := 1
	if n {
	}
	for n {
	}
	s := "x"
	if s {
	}
	b := !n
	x := -s
	_, _ = b, x
}
