// An errgroup written by hand: Go runs tasks, Wait returns the first error,
// and the first error cancels a shared context so the other tasks stop early.
// A SetLimit-like semaphore bounds concurrency.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
			g.wg.Done()
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var errBadURL = errors.New("bad url")

func fetch(ctx context.Context, url string) (string, error) {
	if url == "bad" {
		return "", fmt.Errorf("fetch %s: %w", url, errBadURL)
	}
	delay := 5 * time.Millisecond
	if url == "slow" {
		delay = 5 * time.Second
	}
	select {
	case <-time.After(delay):
		return "body of " + url, nil
	case <-ctx.Done():
		return "", fmt.Errorf("fetch %s: %w", url, ctx.Err())
	}
}

func main() {
	// All succeed.
	var g Group
	urls := []string{"a", "b", "c", "d"}
	bodies := make([]string, len(urls))
	for i, u := range urls {
		i, u := i, u
		g.Go(func() error {
			b, err := fetch(context.Background(), u)
			bodies[i] = b
			return err
		})
	}
	fmt.Println("err:", g.Wait())
	fmt.Println(bodies)

	// One fails fast; the slow one is cancelled instead of taking 5s.
	start := time.Now()
	g2, ctx := WithContext(context.Background())
	var mu sync.Mutex
	var report []string
	for _, u := range []string{"x", "bad", "slow", "y"} {
		u := u
		g2.Go(func() error {
			_, err := fetch(ctx, u)
			mu.Lock()
			if err != nil {
				report = append(report, err.Error())
			} else {
				report = append(report, u+" ok")
			}
			mu.Unlock()
			return err
		})
	}
	err := g2.Wait()
	fmt.Println("first error:", err, errors.Is(err, errBadURL))
	sort.Strings(report)
	for _, r := range report {
		fmt.Println(" ", r)
	}
	fmt.Println("ctx:", ctx.Err())
	fmt.Println("cancelled quickly:", time.Since(start) < 3*time.Second)

	// Bounded concurrency.
	var g3 Group
	g3.SetLimit(2)
	var cur, peak int
	var pm sync.Mutex
	for i := 0; i < 10; i++ {
		g3.Go(func() error {
			pm.Lock()
			cur++
			if cur > peak {
				peak = cur
			}
			pm.Unlock()
			time.Sleep(2 * time.Millisecond)
			pm.Lock()
			cur--
			pm.Unlock()
			return nil
		})
	}
	fmt.Println("limited:", g3.Wait(), "peak <= 2:", peak <= 2, "peak > 0:", peak > 0)
}
