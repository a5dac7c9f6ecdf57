// float64 arithmetic, conversions to and from integers, comparisons and
// formatting with Println, %v, %f and %.Nf.
package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z = z - (z*z-x)/(2*z)
	}
	return z
}

func main() {
	a := 0.1
	b := 0.2
	fmt.Println(a+b, a+b == 0.3, a*3)
	fmt.Println(10.0/4, 1.0/3, 2.0/3, -7.5/2)
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), x/y)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	fmt.Println(sqrt(2), sqrt(144), sqrt(1e10))
	fmt.Printf("%.4f %.10f %f\n", sqrt(2), sqrt(3), sqrt(5))
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	fmt.Printf("pi ~ %.5f\n", pi)
	fmt.Println(1e100, 1.5e-10, 123.456e3)
	fmt.Println(3.0 > 2.9, 2.0 <= 2.0, -0.0 == 0.0)
	var acc float64
	for i := 1; i <= 10; i++ {
		acc += 1 / float64(i)
	}
	fmt.Println("harmonic(10) =", acc)
	c := 1.0
	c *= 2.5
	c -= 0.5
	c /= 4
	c += 10
	fmt.Println(c)
	fmt.Println(float64(1<<53), float64(1<<53+1) == float64(1<<53))
}
