package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e7, 1e20, 1e21, 1e22,
		123456789, 1234567890123, 0.001, 0.0001, 0.00001, 1e-7, 3.14159265358979, 2.718281828459045,
		1.5e300, 5e-324, 1.7976931348623157e308, 255.0 / 256, 12345.678, -0.5, 9.999999999999999e22}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	for _, v := range vals[:12] {
		fmt.Printf("%v|%g|%e|%f|%.3g|%8.2f|%-10.4e|%G|%E\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%5.1f|%05.1f|%+.2f|% .2f|%x\n", 3.14159, 2.5, 2.0, 2.0, 1.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.1f %.2f %.3f\n", 0.05, 0.005, 0.0005)
	fmt.Printf("%g %g %g\n", 1e-4, 1e-5, 123456789.0)
	fmt.Printf("%.2g %.10g %.1e\n", 123.0, 1.0/7, 99999.0)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float32(0.1)+float32(0.2), float32(1)/3*3)
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(2.50), fmt.Sprint(float32(2.5)), fmt.Sprintf("%v", 1e100))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%T %T\n", 1.5, float32(1.5))
}
