package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// default source (seeded with 1 in Go 1.19)
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Float64(), rand.Float32(), rand.Perm(10))
	rand.Seed(42)
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Intn(1000), " ")
	}
	fmt.Println()
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Int63n(1<<40+3), r.Int31n(77), r.Intn(5000000000), r.Float64())
	xs := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	fmt.Println(r.NormFloat64(), r.ExpFloat64())
	for i := 0; i < 3; i++ {
		fmt.Printf("%.6f %.6f\n", rand.NormFloat64(), rand.ExpFloat64())
	}
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	r.Seed(-5)
	fmt.Println(r.Int(), r.Uint64())
	s := rand.NewSource(0)
	fmt.Println(s.Int63())
	if s64, ok := s.(rand.Source64); ok {
		fmt.Println(s64.Uint64())
	}
	sum := 0.0
	for i := 0; i < 10000; i++ {
		sum += rand.NormFloat64()
	}
	fmt.Printf("%.10f\n", sum)
}
