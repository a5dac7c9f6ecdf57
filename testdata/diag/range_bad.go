package main

type T struct{}

func main() {
	var t T
	for x := range t {
		_ = x
	}
	var p *[]int
	for i := range p {
		_ = i
	}
	f := 1.5
	for range f {
	}
	var fn func()
	for range fn {
	}
	for i, c := range "héllo" {
		_, _ = i, c
	}
}
