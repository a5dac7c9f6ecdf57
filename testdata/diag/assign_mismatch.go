package main

func one() int { return 1 }

func two() (int, string) { return 1, "a" }

func main() {
	a, b := one()
	var c, d int = two()
	x := two()
	var y, z = 1
	p, q, r := 1, 2
	_, _, _, _, _, _, _, _, _ = a, b, c, d, x, y, z, p, q
	_ = r
}
