package main

import "fmt"

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	xs := []float64{1.5, 2.25, 3, 4.125}
	m := mean(xs)
	fmt.Println(m, int(m), int(-m), int64(m*1.3), uint8(m*60))
	varSum := 0.0
	for _, x := range xs {
		d := x - m
		varSum += d * d
	}
	fmt.Printf("mean=%.4f sd=%.4f\n", m, sqrt(varSum/float64(len(xs))))
	fmt.Println(sqrt(2), sqrt(1e10), 1/3.0, 2.0/3, 10.0/4)
	fmt.Println(float64(7)/2, 7/2, 7.0/2.0, -7/2, -7%2, 7%-2)
	var f32 float32 = 1.1
	fmt.Println(f32, float64(f32), f32*f32, float32(1)/3)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.000001, 0.0000001, 100.0, -0.0)
	big := 1 << 53
	fmt.Println(float64(big), float64(big+1) == float64(big))
	c := 5
	f := 9.0 / 5.0 * float64(c)
	fmt.Printf("%v %.2f %6.1f|%-8.3f|%e\n", f, f, f, f, f)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
	var i int = 1e3
	fmt.Println(i, int(1.5e3), 3/2*2.0)
}
