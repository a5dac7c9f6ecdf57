// Benchmark: building and scanning strings. Builds a 2,000,000-word text
// (words of 1-3 syllables picked by a linear congruential generator) with a
// strings.Builder, then scans it byte by byte 3 times: a rolling hash, line
// count and word counts in a map[string]int keyed by substrings. Prints the
// sizes, the hash and the 5 most frequent words (sort.Slice, count descending
// then word). Runs unchanged under `go run`; strings.lua is its Lua 5.4 twin
// (table.concat for the builder, string.byte / string.sub for the scan).
package main

import (
	"fmt"
	"sort"
	"strings"
)

var seed = 42

func rnd() int {
	seed = (seed*1103515245 + 12345) % 2147483648
	return seed
}

var syllables = []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu"}

func buildText(nwords int) string {
	var sb strings.Builder
	for i := 0; i < nwords; i++ {
		r := rnd()
		ns := 1 + (r>>8)%3
		for k := 0; k < ns; k++ {
			sb.WriteString(syllables[(r>>(12+4*k))%10])
		}
		if i%12 == 11 {
			sb.WriteByte('\n')
		} else {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

func scan(text string, counts map[string]int) (int, int) {
	h := 0
	lines := 0
	start := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		h = (h*31 + int(c)) & 0xffffff
		if c >= 'a' && c <= 'z' {
			if start < 0 {
				start = i
			}
		} else {
			if c == '\n' {
				lines++
			}
			if start >= 0 {
				counts[text[start:i]]++
				start = -1
			}
		}
	}
	return h, lines
}

func main() {
	text := buildText(2000000)
	counts := map[string]int{}
	h, lines := 0, 0
	for pass := 0; pass < 3; pass++ {
		h, lines = scan(text, counts)
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := words[i], words[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	})
	fmt.Printf("bytes %d lines %d distinct %d hash %d\n", len(text), lines, len(words), h)
	for _, w := range words[:5] {
		fmt.Printf("%s %d\n", w, counts[w])
	}
}
