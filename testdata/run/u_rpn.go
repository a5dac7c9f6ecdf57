package main

import "fmt"

type CalcError struct {
	Pos int
	Msg string
}

func (e CalcError) Error() string { return fmt.Sprintf("pos %d: %s", e.Pos, e.Msg) }

type Stack struct{ data []float64 }

func (s *Stack) Push(v float64) { s.data = append(s.data, v) }
func (s *Stack) Pop() (float64, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, true
}
func (s *Stack) Len() int { return len(s.data) }

func tokenize(expr string) []string {
	var toks []string
	start := -1
	for i := 0; i < len(expr); i++ {
		if expr[i] == ' ' {
			if start >= 0 {
				toks = append(toks, expr[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		toks = append(toks, expr[start:])
	}
	return toks
}

func parseNum(s string) (float64, bool) {
	v := 0.0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + float64(c-'0')
	}
	return v, true
}

func eval(expr string) (float64, error) {
	var st Stack
	for i, tok := range tokenize(expr) {
		if n, ok := parseNum(tok); ok {
			st.Push(n)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, CalcError{i, "stack underflow at " + tok}
		}
		switch tok {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			if b == 0 {
				return 0, &CalcError{Pos: i, Msg: "division by zero"}
			}
			st.Push(a / b)
		default:
			return 0, CalcError{i, fmt.Sprintf("unknown token %q", tok)}
		}
	}
	if st.Len() != 1 {
		return 0, CalcError{-1, fmt.Sprint("bad stack size ", st.Len())}
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	exprs := []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4", "1 +", "4 0 /", "7 2 /", "2 3 ^", "  10   20 * "}
	for _, e := range exprs {
		v, err := eval(e)
		if err != nil {
			if ce, ok := err.(CalcError); ok {
				fmt.Printf("%-20q error (value) at %d: %v\n", e, ce.Pos, err)
			} else if pce, ok := err.(*CalcError); ok {
				fmt.Printf("%-20q error (ptr) at %d: %v\n", e, pce.Pos, err)
			}
			continue
		}
		fmt.Printf("%-20q = %g\n", e, v)
	}
}
