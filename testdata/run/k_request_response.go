// A server goroutine owning its state, served through a channel of
// requests that each carry their own reply channel (channel of channels);
// shutdown through a quit channel that answers with final stats.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type op int

const (
	opGet op = iota
	opSet
	opDel
	opKeys
)

func (o op) String() string {
	return [...]string{"GET", "SET", "DEL", "KEYS"}[o]
}

type request struct {
	op    op
	key   string
	value int
	reply chan response
}

type response struct {
	value int
	ok    bool
	keys  []string
}

type Store struct {
	reqs chan request
	quit chan chan map[op]int
}

func NewStore() *Store {
	s := &Store{reqs: make(chan request), quit: make(chan chan map[op]int)}
	go s.loop()
	return s
}

func (s *Store) loop() {
	data := map[string]int{}
	stats := map[op]int{}
	for {
		select {
		case r := <-s.reqs:
			stats[r.op]++
			switch r.op {
			case opGet:
				v, ok := data[r.key]
				r.reply <- response{value: v, ok: ok}
			case opSet:
				data[r.key] = r.value
				r.reply <- response{ok: true}
			case opDel:
				_, ok := data[r.key]
				delete(data, r.key)
				r.reply <- response{ok: ok}
			case opKeys:
				keys := make([]string, 0, len(data))
				for k := range data {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				r.reply <- response{keys: keys}
			}
		case q := <-s.quit:
			q <- stats
			return
		}
	}
}

func (s *Store) do(o op, k string, v int) response {
	reply := make(chan response, 1)
	s.reqs <- request{o, k, v, reply}
	return <-reply
}

func main() {
	s := NewStore()
	var wg sync.WaitGroup
	for c := 0; c < 4; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				s.do(opSet, fmt.Sprintf("k%d_%d", c, i), c*10+i)
			}
			s.do(opDel, fmt.Sprintf("k%d_0", c), 0)
		}(c)
	}
	wg.Wait()
	r := s.do(opGet, "k2_3", 0)
	fmt.Println("get k2_3:", r.value, r.ok)
	r = s.do(opGet, "k2_0", 0)
	fmt.Println("get k2_0:", r.value, r.ok)
	fmt.Println("del missing:", s.do(opDel, "nope", 0).ok)
	keys := s.do(opKeys, "", 0).keys
	fmt.Println(len(keys), "keys:", strings.Join(keys[:4], ","), "...")
	q := make(chan map[op]int)
	s.quit <- q
	stats := <-q
	for _, o := range []op{opGet, opSet, opDel, opKeys} {
		fmt.Printf("%v=%d ", o, stats[o])
	}
	fmt.Println()
	fmt.Printf("%v %d %s\n", opDel, opDel, opKeys)
}
