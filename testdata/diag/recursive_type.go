package main

type Node struct {
	val  int
	next Node
}

type A struct{ b B }
type B struct{ a A }

type L []L

type X Y
type Y X

func main() {
	var n Node
	_ = n
}
