// clear(m) (Go 1.21): removes every entry, the map stays usable and shared.
// Expected output reasoned from the spec (Go 1.19 has no clear): after clear the
// length is 0, lookups give zero values, other references see the empty map, and
// entries added afterwards are found; clear on a nil map is a no-op.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m["a"], m)
	m["d"] = 4
	fmt.Println(alias, len(alias))
	var nilMap map[int]int
	clear(nilMap)
	fmt.Println(nilMap == nil, len(nilMap))

	// clear during a range: entries not yet reached are not produced
	big := map[int]int{}
	for i := 0; i < 50; i++ {
		big[i] = i
	}
	steps := 0
	for range big {
		steps++
		clear(big)
	}
	fmt.Println(steps, len(big))
}
