// Map updates in place (m[k]++, m[k] += d, m[k] -= d) on 64-bit integer
// values: counting words, wrapping, struct and interface keys, a nil map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type key struct {
	a string
	b int
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Print(w, "=", counts[w], " ")
	}
	fmt.Println(len(counts))

	sums := map[key]int64{}
	sums[key{"x", 1}] += 10
	sums[key{"x", 1}] -= 3
	sums[key{"y", 2}]--
	fmt.Println(sums[key{"x", 1}], sums[key{"y", 2}], len(sums))

	u := map[int]uint64{}
	u[0]--
	u[1] += 1 << 63
	u[1] += 1 << 63
	fmt.Println(u[0], u[1])
	big := map[string]int{"max": 9223372036854775807}
	big["max"]++
	fmt.Println(big["max"])
	var any = map[interface{}]int{}
	any[1]++
	any["1"] += 2
	any[1.5] -= 4
	fmt.Println(any[1], any["1"], any[1.5])
	small := map[string]int8{}
	small["a"] += 127
	small["a"]++
	fmt.Println(small["a"])
	f := map[string]float64{}
	f["pi"] += 3.14
	f["pi"] *= 2
	fmt.Println(f["pi"])

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilMap map[string]int
	nilMap["x"]++
}
