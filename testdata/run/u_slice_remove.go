package main

import "fmt"

type Todo struct {
	ID    int
	Title string
	Done  bool
}

type TodoList struct {
	items  []Todo
	nextID int
}

func (l *TodoList) Add(title string) int {
	l.nextID++
	l.items = append(l.items, Todo{ID: l.nextID, Title: title})
	return l.nextID
}

func (l *TodoList) index(id int) int {
	for i, t := range l.items {
		if t.ID == id {
			return i
		}
	}
	return -1
}

func (l *TodoList) Remove(id int) bool {
	i := l.index(id)
	if i < 0 {
		return false
	}
	l.items = append(l.items[:i], l.items[i+1:]...)
	return true
}

func (l *TodoList) Complete(id int) {
	if i := l.index(id); i >= 0 {
		l.items[i].Done = true
	}
}

func (l *TodoList) PurgeDone() (n int) {
	kept := l.items[:0]
	for _, t := range l.items {
		if !t.Done {
			kept = append(kept, t)
		} else {
			n++
		}
	}
	l.items = kept
	return
}

func (l *TodoList) Print() {
	for _, t := range l.items {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] %d %s\n", mark, t.ID, t.Title)
	}
	fmt.Println("--", len(l.items), "items")
}

func insertAt(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	var l TodoList
	for _, t := range []string{"write tests", "fix bugs", "review", "deploy", "celebrate"} {
		l.Add(t)
	}
	l.Print()
	fmt.Println(l.Remove(2), l.Remove(42))
	l.Print()
	l.Complete(1)
	l.Complete(4)
	l.Print()
	fmt.Println("purged", l.PurgeDone())
	l.Print()
	l.Remove(5)
	l.Remove(3)
	l.Print()

	xs := []int{10, 20, 30, 40, 50}
	xs = append(xs[:1], xs[2:]...)
	fmt.Println(xs, len(xs), cap(xs))
	xs = insertAt(xs, 1, 15)
	fmt.Println(xs)
	xs = append(xs[:0], xs[len(xs)-2:]...)
	fmt.Println(xs)
	word := []byte("bookkeeper")
	for i := 1; i < len(word); {
		if word[i] == word[i-1] {
			word = append(word[:i], word[i+1:]...)
		} else {
			i++
		}
	}
	fmt.Println(string(word))
}
