// 3,000,000 cyclic pairs of small structs, each pair discarded at once: only a
// collector that reclaims cycles keeps this in bounded memory. The program also
// checks, through runtime.ReadMemStats, that the collector ran and freed them.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	other *node
	id    int
}

func main() {
	sum := 0
	for i := 0; i < 3000000; i++ {
		a := &node{id: i}
		b := &node{id: -i}
		a.other = b
		b.other = a
		sum += a.other.other.id + b.other.id
	}
	fmt.Println("sum:", sum)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("collected:", m.NumGC > 0, m.Frees >= 5000000)
	fmt.Println("bounded:", m.HeapAlloc < 8<<20)
}
