package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func Generate[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](cs ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T, 4)
	output := func(c <-chan T) {
		for v := range c {
			out <- v
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type job[T any] struct {
	id int
	in T
}

type Result[T any] struct {
	ID  int
	Val T
	Err error
}

func WorkerPool[In, Out any](n int, jobs []In, work func(In) (Out, error)) []Result[Out] {
	jobCh := make(chan job[In])
	resCh := make(chan Result[Out], len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobCh {
				v, err := work(j.in)
				resCh <- Result[Out]{ID: j.id, Val: v, Err: err}
			}
		}()
	}
	for i, in := range jobs {
		jobCh <- job[In]{i, in}
	}
	close(jobCh)
	wg.Wait()
	close(resCh)
	results := Collect(resCh)
	sort.Slice(results, func(i, j int) bool { return results[i].ID < results[j].ID })
	return results
}

func main() {
	sq := MapChan(Generate(1, 2, 3, 4), func(n int) int { return n * n })
	fmt.Println(Collect(sq))

	words := MapChan(Generate("a", "bb", "ccc"), strings.ToUpper)
	lens := MapChan(words, func(s string) int { return len(s) })
	fmt.Println(Collect(lens))

	merged := Collect(Merge(Generate(1, 2, 3), Generate(10, 20), Generate[int]()))
	sort.Ints(merged)
	fmt.Println(merged, len(merged))

	res := WorkerPool(3, []string{"10", "x", "30", "4"}, func(s string) (int, error) {
		n := 0
		for _, r := range s {
			if r < '0' || r > '9' {
				return 0, fmt.Errorf("bad number %q", s)
			}
			n = n*10 + int(r-'0')
		}
		return n * 2, nil
	})
	for _, r := range res {
		if r.Err != nil {
			fmt.Println(r.ID, "error:", r.Err)
			continue
		}
		fmt.Println(r.ID, r.Val)
	}
	fmt.Printf("%T\n", res[0])
}
