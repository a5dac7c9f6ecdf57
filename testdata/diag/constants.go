package main

const Big = 1 << 100

func main() {
	var a int8 = 200
	var b uint = -1
	var c int = Big
	d := 10 / 0
	e := 1.5 / 0.0
	var f int = 2.5
	g := int(3.7)
	var h byte = 'a' + 200
	x := 1
	y := x / 0
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, y
}
