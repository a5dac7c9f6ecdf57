package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Paused", "Stopped"}[s]
}

type Event string

type Machine struct {
	state   State
	history []State
	ticks   int
}

func (m *Machine) Handle(e Event) error {
	prev := m.state
	switch m.state {
	case Idle:
		if e == "start" {
			m.state = Running
		}
	case Running:
		switch e {
		case "pause":
			m.state = Paused
		case "stop":
			m.state = Stopped
		case "tick":
			m.ticks++
		}
	case Paused:
		switch e {
		case "resume", "start":
			m.state = Running
		case "stop":
			m.state = Stopped
		}
	case Stopped:
		return fmt.Errorf("machine stopped, cannot handle %q", e)
	}
	if prev != m.state {
		m.history = append(m.history, prev)
	}
	return nil
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func classify(n int) []string {
	var tags []string
	switch {
	case n < 0:
		tags = append(tags, "negative")
		fallthrough
	case n == 0:
		tags = append(tags, "non-positive")
	case n > 100:
		tags = append(tags, "big")
		fallthrough
	default:
		tags = append(tags, "positive")
	}
	return tags
}

func main() {
	m := &Machine{}
	events := []Event{"tick", "start", "tick", "tick", "pause", "tick", "resume", "tick", "stop", "start"}
	for _, e := range events {
		if err := m.Handle(e); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-7s -> %v\n", e, m.state)
	}
	fmt.Println("ticks:", m.ticks, "history:", m.history)
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{-5, 0, 5, 500} {
		fmt.Println(n, classify(n))
	}
	switch x := 5; x * 2 {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
	}
}
