// A pipeline cancelled through context.WithCancel, plus WithTimeout and
// WithDeadline, with ctx.Err() messages and context values.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

type key string

func gen(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
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
	base := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	sq := square(ctx, gen(ctx))
	for i := 0; i < 5; i++ {
		fmt.Println(<-sq)
	}
	cancel()
	for range sq {
	}
	fmt.Println("ctx.Err after cancel:", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))
	cancel() // idempotent

	tctx, tcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx, 5*time.Second)
	fmt.Println("slowOp:", err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	_, has := tctx.Deadline()
	fmt.Println("has deadline:", has)

	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(10*time.Second))
	fmt.Println("fast op:", slowOp(dctx, time.Millisecond))
	dcancel()
	fmt.Println("after dcancel:", dctx.Err())

	// A child of a cancelled parent is cancelled at once.
	parent, pcancel := context.WithCancel(context.Background())
	pcancel()
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	<-child.Done()
	fmt.Println("child:", child.Err())

	// Values flow down, not up.
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	inner, icancel := context.WithCancel(vctx)
	fmt.Println("value:", inner.Value(key("user")), inner.Value(key("missing")))
	icancel()
	fmt.Println("value after cancel:", inner.Value(key("user")))
	fmt.Println(context.Background(), context.TODO())

	// An expired deadline: Err is DeadlineExceeded right away.
	ectx, ecancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer ecancel()
	fmt.Println("expired:", ectx.Err())

	time.Sleep(20 * time.Millisecond)
	fmt.Println("goroutines back to base:", runtime.NumGoroutine() <= base+1)
}
