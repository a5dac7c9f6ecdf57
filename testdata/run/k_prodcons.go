// Producer/consumer with a buffered channel, several producers, a closer
// goroutine waiting on the producers, and consumers ranging until close.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Item struct {
	Producer int
	Seq      int
}

func (it Item) String() string { return fmt.Sprintf("p%d#%02d", it.Producer, it.Seq) }

func main() {
	items := make(chan Item, 4)
	fmt.Println("cap:", cap(items), "len:", len(items))
	var producers sync.WaitGroup
	for p := 1; p <= 3; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for s := 0; s < 10; s++ {
				items <- Item{p, s}
			}
		}(p)
	}
	go func() {
		producers.Wait()
		close(items)
	}()

	results := make(chan []Item)
	for c := 0; c < 2; c++ {
		go func() {
			var got []Item
			for it := range items {
				got = append(got, it)
			}
			results <- got
		}()
	}
	var all []Item
	for c := 0; c < 2; c++ {
		all = append(all, <-results...)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Producer != all[j].Producer {
			return all[i].Producer < all[j].Producer
		}
		return all[i].Seq < all[j].Seq
	})
	fmt.Println("consumed:", len(all))
	var sb strings.Builder
	for i, it := range all {
		if i > 0 && i%10 == 0 {
			sb.WriteString("\n")
		} else if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(it.String())
	}
	fmt.Println(sb.String())

	// Receiving from the closed, drained channel yields the zero value.
	v, ok := <-items
	fmt.Printf("after close: %v %v %+v\n", v, ok, v)
	fmt.Println("len after:", len(items))

	// A buffered channel keeps its values after close.
	done := make(chan string, 3)
	done <- "a"
	done <- "b"
	close(done)
	for {
		s, ok := <-done
		if !ok {
			fmt.Println("drained")
			break
		}
		fmt.Println("got", s, len(done))
	}
}
