package main

import (
	"fmt"
	"runtime"
	"sync"
)

type partial struct {
	lo, hi int
	sum    int64
	max    int64
}

func fill(n int) []int64 {
	data := make([]int64, n)
	var x uint64 = 88172645463325252
	for i := range data {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		data[i] = int64(x % 1000)
	}
	return data
}

func main() {
	data := fill(100000)
	workers := runtime.NumCPU()
	if workers > 8 {
		workers = 8
	}
	workers = 6
	chunk := (len(data) + workers - 1) / workers
	parts := make([]partial, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo := w * chunk
		hi := lo + chunk
		if hi > len(data) {
			hi = len(data)
		}
		parts[w] = partial{lo: lo, hi: hi}
		wg.Add(1)
		go func(p *partial) {
			defer wg.Done()
			for _, v := range data[p.lo:p.hi] {
				p.sum += v
				if v > p.max {
					p.max = v
				}
			}
		}(&parts[w])
	}
	wg.Wait()
	var total, max int64
	for i, p := range parts {
		fmt.Printf("part %d [%6d,%6d) sum=%8d max=%d\n", i, p.lo, p.hi, p.sum, p.max)
		total += p.sum
		if p.max > max {
			max = p.max
		}
	}
	var check int64
	for _, v := range data {
		check += v
	}
	fmt.Println("total", total, "check", check, "equal", total == check, "max", max)
}
