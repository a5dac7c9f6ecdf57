package main

func takesString(s string) {}

func returnsString() string {
	n := 42
	return n
}

func main() {
	x := 1
	var s string
	s = x
	takesString(x)
	var f float64 = 2.5
	var i int = f
	var b bool = 1
	var p *int = "nil"
	_, _, _ = s, i, b
	_ = p
}
