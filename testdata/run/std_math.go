package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2, math.Log2E)
	fmt.Println(math.MaxInt, math.MinInt64, math.MaxInt64, math.MaxInt32, math.MinInt32, math.MaxInt8, math.MaxUint8, math.MaxUint16, math.MaxUint32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	xs := []float64{0, 1, 2, 0.5, 10, 100, -3.7, 2.5, -2.5, 1e-10, 123.456}
	for _, x := range xs {
		fmt.Println(x, math.Sqrt(x), math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	for _, x := range []float64{0.5, 1, 2, 10, 100, 1024, 3} {
		fmt.Println(x, math.Log(x), math.Log2(x), math.Log10(x), math.Exp(x), math.Log1p(x))
	}
	for _, x := range []float64{0, 0.5, 1, math.Pi / 6, math.Pi / 4, math.Pi / 2, math.Pi, 2} {
		fmt.Printf("%.12f %.12f %.12f %.12f\n", math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x))
	}
	fmt.Println(math.Atan2(1, 1), math.Atan2(-1, -1), math.Atan2(0, -1), math.Hypot(3, 4), math.Hypot(math.Inf(1), math.NaN()))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(-2, 3), math.Pow(1.5, 2), math.Pow(10, -2))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0), math.Remainder(7, 3), math.Remainder(8, 3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Max(math.Inf(-1), 2), math.Dim(5, 3), math.Dim(3, 5))
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, math.Inf(-1), nan, math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(math.Inf(-1), 0), math.IsNaN(nan), math.IsNaN(1), nan == nan)
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1), math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0), math.Float32frombits(0x40490fdb))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Ldexp(1, -1074), math.Ldexp(1, 1024))
	ip, fp := math.Modf(3.75)
	ip2, fp2 := math.Modf(-2.25)
	fmt.Println(ip, fp, ip2, fp2)
	fmt.Println(math.Cbrt(27), math.Exp2(10), math.Expm1(0), math.Sinh(0), math.Cosh(0), math.Tanh(0), math.Asin(1), math.Acos(1))
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Log(0), math.Floor(inf), math.Round(-0.5), math.Round(0.49999999999999994))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0))
	fmt.Printf("%.4f %.4f\n", math.Sqrt(2)*math.Sqrt(2), math.Hypot(5, 12))
	// integer conversions around math limits
	big := math.MaxInt64
	m32 := int32(math.MaxInt32)
	fmt.Println(big+1 < 0, m32+1 < 0)
}
