// How contexts print, and cancellation propagating through a tree of
// contexts with AfterFunc-free watchers; ctx.Err() before and after.
package main

import (
	"context"
	"fmt"
	"sync"
)

type ctxKey int

const (
	requestID ctxKey = iota
	userName
)

func watch(ctx context.Context, name string, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("%s: %v", name, ctx.Err())
}

func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	c1, cancel1 := context.WithCancel(bg)
	fmt.Println(c1)
	v := context.WithValue(c1, requestID, 42)
	fmt.Println(v.Value(requestID), v.Value(userName))
	c2, cancel2 := context.WithCancel(v)
	defer cancel2()
	fmt.Println("before:", c1.Err(), c2.Err())

	var wg sync.WaitGroup
	out := make(chan string, 3)
	wg.Add(3)
	go watch(c1, "root", &wg, out)
	go watch(v, "value", &wg, out)
	go watch(c2, "leaf", &wg, out)
	cancel1()
	wg.Wait()
	close(out)
	seen := map[string]bool{}
	for s := range out {
		seen[s] = true
	}
	for _, k := range []string{"root: context canceled", "value: context canceled", "leaf: context canceled"} {
		fmt.Println(k, seen[k])
	}
	fmt.Println("after:", c1.Err(), c2.Err())
	fmt.Printf("%v|%s|%q\n", context.Canceled, context.DeadlineExceeded, context.Canceled.Error())

	// Cancelling a child leaves the parent alone.
	p, pc := context.WithCancel(bg)
	ch, cc := context.WithCancel(p)
	cc()
	fmt.Println("child:", ch.Err(), "parent:", p.Err())
	pc()
	fmt.Println("parent now:", p.Err())
	select {
	case <-bg.Done():
		fmt.Println("background done?")
	default:
		fmt.Println("background never done:", bg.Done() == nil, bg.Err())
	}
}
