// A logging goroutine formats events whose String/Error methods panic: fmt
// recovers each panic and prints %!v(PANIC=String method: <value>) with the
// panic value formatted by %v (runtime errors, errors, strings, nested
// panics, structs), a nil pointer receiver prints <nil>, and the program
// goes on.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Event struct {
	ID    int
	Tags  []string
	Owner *User
}

type User struct{ Name string }

func (e Event) String() string {
	return fmt.Sprintf("event#%d[%s] by %s", e.ID, e.Tags[0], e.Owner.Name)
}

type Code int

func (c Code) Error() string {
	if c < 0 {
		panic(errors.New("negative code"))
	}
	return fmt.Sprintf("code %d", int(c))
}

type Lazy struct{ cache map[string]string }

func (l Lazy) String() string {
	l.cache["hit"] = "yes"
	return "lazy"
}

type Deep struct{}

func (Deep) String() string { panic(fmt.Sprint(Inner{})) }

type Inner struct{}

func (Inner) String() string { panic("inner failure") }

type Node struct{ next *Node }

func (n *Node) String() string { return fmt.Sprintf("node->%v", n.next.next) }

type Point struct{ X, Y int }

type Bad struct{}

func (Bad) String() string { panic(Point{1, 2}) }

func logger(in <-chan any, out chan<- string) {
	var sb strings.Builder
	for v := range in {
		sb.WriteString(fmt.Sprintf("log: %v\n", v))
	}
	out <- sb.String()
}

func main() {
	in := make(chan any)
	out := make(chan string)
	go logger(in, out)
	in <- Event{1, []string{"deploy"}, &User{"ann"}}
	in <- Event{2, nil, &User{"bob"}}
	in <- Event{3, []string{"x"}, nil}
	in <- Code(7)
	in <- Code(-1)
	in <- Lazy{}
	in <- Deep{}
	var n *Node
	in <- n
	in <- &Node{}
	in <- Bad{}
	close(in)
	fmt.Print(<-out)
	fmt.Printf("%s|%d|%q\n", Code(-2), Code(-2), Code(-3))
	err := fmt.Errorf("wrapped: %w", Code(-4))
	fmt.Println(err)
	fmt.Println("still running")
}
