package main

func sum(xs ...int) int { return 0 }

func two(a, b int) {}

func main() {
	s := []string{"a"}
	sum(s...)
	two([]int{1, 2}...)
	x := 1
	sum(x...)
	defer x
	go x
	defer recover
	go func() {}
	_ = sum
}
