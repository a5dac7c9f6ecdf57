package main

type Point struct{ X, Y int }

const Pi = 3.14

func get() Point { return Point{} }

func main() {
	m := map[string]Point{}
	m["a"].X = 1
	s := "hello"
	s[0] = 'H'
	Pi = 3
	get().X = 2
	len(s) = 3
	"x" = s
	for i := range []int{1} {
		_ = i
	}
}
