package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func gen(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 4)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
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

type Result struct {
	ID    int
	Value string
}

func worker(id int, jobs <-chan int, results chan<- Result, processed *int64) {
	for j := range jobs {
		atomic.AddInt64(processed, 1)
		results <- Result{j, fmt.Sprintf("w%d:%d", id%1, j*10)}
	}
}

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx := context.Background()
	in := gen(ctx, 1, 2, 3, 4, 5, 6)
	c1, c2 := sq(in), sq(in)
	var got []int
	for v := range merge(c1, c2) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)

	jobs := make(chan int, 10)
	results := make(chan Result, 10)
	var processed int64
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			worker(id, jobs, results, &processed)
		}(w)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	go func() { wg.Wait(); close(results) }()
	var rs []Result
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	fmt.Println(len(rs), rs[0], rs[8], atomic.LoadInt64(&processed))

	cctx, cancel := context.WithCancel(ctx)
	nums := gen(cctx, 10, 20, 30, 40)
	fmt.Println(<-nums, <-nums)
	cancel()
	rest := 0
	for range nums {
		rest++
	}
	fmt.Println("after cancel:", rest <= 2, cctx.Err())

	tctx, tcancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(slowOp(ctx, time.Millisecond))

	var once sync.Once
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			once.Do(func() { fmt.Println("init once") })
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", total)

	timeout := time.After(5 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
	for ticks < 3 {
		select {
		case <-tick.C:
			ticks++
		case <-timeout:
			fmt.Println("timeout!")
			return
		}
	}
	fmt.Println("ticks", ticks)
	done := make(chan struct{})
	data := make(chan string, 1)
	go func() {
		defer close(done)
		select {
		case s := <-data:
			fmt.Println("received", s)
		case <-time.After(time.Second):
			fmt.Println("late")
		}
	}()
	data <- "ping"
	<-done
	var rw sync.RWMutex
	cache := map[string]int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg3.Add(2)
		go func(i int) {
			defer wg3.Done()
			rw.Lock()
			cache[fmt.Sprint("k", i)] = i
			rw.Unlock()
		}(i)
		go func() {
			defer wg3.Done()
			rw.RLock()
			_ = len(cache)
			rw.RUnlock()
		}()
	}
	wg3.Wait()
	fmt.Println(len(cache), cache["k3"])
}
