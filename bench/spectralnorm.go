// Benchmark: spectral norm (the benchmarks-game algorithm, written for this
// suite) of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to
// n = 1000: 20 products v = AtA u, each 2n^2 calls of evalA (a small function
// doing integer and float arithmetic) in doubly nested loops over []float64.
// Runs unchanged under `go run`; spectralnorm.lua is its Lua 5.4 twin.
package main

import (
	"fmt"
	"math"
)

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func timesA(v, u []float64) {
	n := len(u)
	for i := 0; i < n; i++ {
		a := 0.0
		for j := 0; j < n; j++ {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

func timesAt(v, u []float64) {
	n := len(u)
	for i := 0; i < n; i++ {
		a := 0.0
		for j := 0; j < n; j++ {
			a += evalA(j, i) * u[j]
		}
		v[i] = a
	}
}

func timesAtA(v, u, tmp []float64) {
	timesA(tmp, u)
	timesAt(v, tmp)
}

func main() {
	n := 1000
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < n; i++ {
		u[i] = 1.0
	}
	for i := 0; i < 10; i++ {
		timesAtA(v, u, tmp)
		timesAtA(u, v, tmp)
	}
	vBv, vv := 0.0, 0.0
	for i := 0; i < n; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}
