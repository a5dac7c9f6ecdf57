package main

import "fmt"

type Stats struct {
	Count int
	Sum   float64
	Min   float64
	Max   float64
}

func tracker() (add func(float64), report func() Stats) {
	var s Stats
	add = func(v float64) {
		if s.Count == 0 || v < s.Min {
			s.Min = v
		}
		if s.Count == 0 || v > s.Max {
			s.Max = v
		}
		s.Count++
		s.Sum += v
	}
	report = func() Stats { return s }
	return
}

func withRetry(attempts int, f func(int) error) (err error) {
	for i := 1; i <= attempts; i++ {
		if err = f(i); err == nil {
			return nil
		}
		fmt.Println("attempt", i, "failed:", err)
	}
	return err
}

type tempErr struct{ n int }

func (t tempErr) Error() string { return fmt.Sprintf("temporary failure #%d", t.n) }

func middleware(name string, next func(string) string) func(string) string {
	return func(req string) string {
		return name + "(" + next(req) + ")"
	}
}

func main() {
	add, report := tracker()
	for _, v := range []float64{3.5, -1, 10, 2.25} {
		add(v)
	}
	st := report()
	fmt.Printf("%+v avg=%.3f\n", st, st.Sum/float64(st.Count))
	add(100)
	fmt.Println(report().Max, st.Max)

	err := withRetry(4, func(i int) error {
		if i < 3 {
			return tempErr{i}
		}
		return nil
	})
	fmt.Println("final:", err)
	err = withRetry(2, func(i int) error { return tempErr{i * 10} })
	fmt.Println("final:", err)

	handler := func(req string) string { return "handle " + req }
	for _, m := range []string{"auth", "log", "gzip"} {
		handler = middleware(m, handler)
	}
	fmt.Println(handler("GET /"))

	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["a"]()
	counters["a"]()
	fmt.Println(counters["a"](), counters["b"]())
}
