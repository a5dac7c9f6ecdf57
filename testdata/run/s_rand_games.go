package main

// Typical tutorial uses of math/rand: dice, a deck shuffle, a random walk,
// weighted choice, Monte Carlo pi, and reproducible per-worker generators.

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type card struct {
	rank string
	suit string
}

func (c card) String() string { return c.rank + c.suit }

func deck() []card {
	var d []card
	for _, s := range []string{"♠", "♥", "♦", "♣"} {
		for _, r := range strings.Fields("A 2 3 4 5 6 7 8 9 10 J Q K") {
			d = append(d, card{r, s})
		}
	}
	return d
}

func weighted(r *rand.Rand, weights map[string]int) string {
	keys := make([]string, 0, len(weights))
	total := 0
	for k, w := range weights {
		keys = append(keys, k)
		total += w
	}
	sort.Strings(keys)
	n := r.Intn(total)
	for _, k := range keys {
		if n < weights[k] {
			return k
		}
		n -= weights[k]
	}
	return ""
}

func main() {
	rand.Seed(2022)
	counts := make([]int, 7)
	for i := 0; i < 6000; i++ {
		counts[rand.Intn(6)+1]++
	}
	fmt.Println("dice:", counts[1:])

	d := deck()
	rand.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
	fmt.Println("hand:", d[:5])

	r := rand.New(rand.NewSource(99))
	x, y := 0, 0
	for i := 0; i < 1000; i++ {
		switch r.Intn(4) {
		case 0:
			x++
		case 1:
			x--
		case 2:
			y++
		default:
			y--
		}
	}
	fmt.Println("walk:", x, y)

	w := map[string]int{"common": 70, "rare": 25, "legendary": 5}
	got := map[string]int{}
	for i := 0; i < 1000; i++ {
		got[weighted(r, w)]++
	}
	fmt.Println("loot:", got["common"], got["rare"], got["legendary"])

	in := 0
	const n = 20000
	for i := 0; i < n; i++ {
		a, b := r.Float64(), r.Float64()
		if a*a+b*b < 1 {
			in++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(in)/n)

	// one generator per worker, seeded by worker id: reproducible
	for id := int64(1); id <= 3; id++ {
		g := rand.New(rand.NewSource(id))
		fmt.Println("worker", id, g.Perm(6), g.Int31n(1000), g.Uint32())
	}

	// password-ish string from an alphabet
	const alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
	var sb strings.Builder
	for i := 0; i < 16; i++ {
		sb.WriteByte(alpha[r.Intn(len(alpha))])
	}
	fmt.Println("token:", sb.String())

	// same seed, same sequence; seeds equal modulo 2^31-1 too
	a := rand.New(rand.NewSource(5))
	b := rand.New(rand.NewSource(5 + (1<<31 - 1)))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int63() != b.Int63() {
			same = false
		}
	}
	fmt.Println("same:", same)
	for i := 0; i < 3; i++ {
		fmt.Printf("%.4f %.4f %.4f\n", r.NormFloat64()*15+100, r.ExpFloat64()/2, r.Float32())
	}
}
