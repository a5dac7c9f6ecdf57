// Map iteration: each entry exactly once, an order that changes between ranges
// (Go randomises it), deleting entries not yet reached (they are not produced),
// updating values during a range, ranging over keys only, and sums that do not
// depend on the order.
package main

import "fmt"

func order(m map[int]bool) string {
	s := ""
	for k := range m {
		s += fmt.Sprint(k, ",")
	}
	return s
}

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = true
	}
	seen := map[string]bool{}
	for i := 0; i < 50; i++ {
		seen[order(m)] = true
	}
	fmt.Println("orders vary:", len(seen) > 1)

	// every key once
	count := map[int]int{}
	for k, v := range m {
		if v {
			count[k]++
		}
	}
	ok := len(count) == 20
	for _, c := range count {
		if c != 1 {
			ok = false
		}
	}
	fmt.Println("each once:", ok)

	// deleting during the range: a deleted entry not yet reached is not produced
	pairs := map[int]int{}
	for i := 0; i < 100; i++ {
		pairs[i] = i
	}
	produced := map[int]bool{}
	for k := range pairs {
		produced[k] = true
		delete(pairs, k^1)
	}
	both := 0
	for i := 0; i < 100; i += 2 {
		if produced[i] && produced[i+1] {
			both++
		}
	}
	fmt.Println("pairs left:", len(pairs), "both produced:", both, "produced:", len(produced))

	// deleting everything during the first step
	all := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	steps := 0
	for k := range all {
		steps++
		for k2 := range all {
			if k2 != k {
				delete(all, k2)
			}
		}
	}
	fmt.Println("steps:", steps, "left:", len(all))

	// updating values in place
	prices := map[string]float64{"tea": 2.5, "coffee": 3, "cake": 4.25}
	for k, v := range prices {
		prices[k] = v * 2
	}
	fmt.Println(prices)

	// order-independent aggregation
	words := []string{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "fox"}
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	total, maxW, maxN := 0, "", 0
	for w, n := range freq {
		total += n
		if n > maxN || (n == maxN && w < maxW) {
			maxW, maxN = w, n
		}
	}
	fmt.Println(total, len(freq), maxW, maxN)
	fmt.Println(freq)

	// adding during a range terminates and keeps the originals
	grow := map[int]int{1: 1, 2: 2, 3: 3}
	n := 0
	for k := range grow {
		n++
		if k < 100 {
			grow[k+100] = k
		}
	}
	fmt.Println(len(grow), n >= 3 && n <= 6)

	// a map of structs rebuilt from a range over another
	type acct struct {
		owner string
		cents int
	}
	byID := map[int]acct{1: {"ann", 500}, 2: {"ben", 250}, 3: {"cy", 1000}}
	byOwner := map[string]int{}
	for id, a := range byID {
		byOwner[a.owner] = id
	}
	fmt.Println(byOwner)
}
