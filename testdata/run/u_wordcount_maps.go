package main

import (
	"fmt"
	"sort"
	"strings"
)

type WordCount struct {
	Word  string
	Count int
}

func countWords(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;!?\"'")
		if w == "" {
			continue
		}
		counts[w]++
	}
	return counts
}

func topN(counts map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	text := `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`
	counts := countWords(text)
	fmt.Println("distinct:", len(counts))
	for i, wc := range topN(counts, 6) {
		fmt.Printf("%d. %-8s %3d\n", i+1, wc.Word, wc.Count)
	}
	if n, ok := counts["wisdom"]; ok {
		fmt.Println("wisdom:", n)
	}
	if _, ok := counts["pizza"]; !ok {
		fmt.Println("no pizza", counts["pizza"])
	}
	delete(counts, "it")
	delete(counts, "nothing")
	fmt.Println("after delete:", len(counts), counts["it"])

	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0)
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, ws)
	}
	small := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(small)
	type key struct{ x, y int }
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[key{1, 2}], len(grid), grid)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap))
}
