// context: Background/TODO, WithCancel trees, WithValue, WithTimeout and
// deadlines, errors.Is with Canceled and DeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx)
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	vctx := context.WithValue(child, ctxKey("user"), "ann")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("none")))
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(vctx, i, out, &wg)
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println("stopped", n, child.Err(), errors.Is(child.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(bg, 15*time.Millisecond)
	defer tcancel()
	dl, ok := tctx.Deadline()
	fmt.Println(ok, time.Until(dl) > 0)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("no timeout")
	}
	// cancellation reaches every descendant, and a child's deadline never
	// outlives its parent's
	parent, pcancel := context.WithCancel(bg)
	a, acancel := context.WithTimeout(parent, time.Hour)
	defer acancel()
	b := context.WithValue(a, ctxKey("k"), 1)
	c, ccancel := context.WithCancel(b)
	defer ccancel()
	pcancel()
	<-c.Done()
	fmt.Println(a.Err(), b.Err(), c.Err(), c.Value(ctxKey("k")))
	short, scancel := context.WithTimeout(bg, time.Millisecond)
	defer scancel()
	long, lcancel := context.WithTimeout(short, time.Hour)
	defer lcancel()
	d1, _ := short.Deadline()
	d2, _ := long.Deadline()
	fmt.Println(d1.Equal(d2))
	<-long.Done()
	fmt.Println(long.Err())
}
