package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

var ErrEmpty = errors.New("empty input")

func parseDigit(s string, line int) (int, error) {
	if len(s) == 0 {
		return 0, ErrEmpty
	}
	if len(s) > 1 {
		return 0, &ParseError{line, "too long: " + s}
	}
	c := s[0]
	if c < '0' || c > '9' {
		return 0, &ParseError{Line: line, Msg: fmt.Sprintf("not a digit %q", c)}
	}
	return int(c - '0'), nil
}

func sumDigits(inputs []string) (sum int, err error) {
	for i, in := range inputs {
		d, err := parseDigit(in, i+1)
		if err != nil {
			return sum, fmt.Errorf("sumDigits: %w", err)
		}
		sum += d
	}
	return sum, nil
}

func main() {
	cases := [][]string{
		{"1", "2", "3"},
		{"4", "", "5"},
		{"7", "x"},
		{"9", "10"},
	}
	for _, c := range cases {
		s, err := sumDigits(c)
		if err != nil {
			fmt.Println("error:", err)
			var pe *ParseError
			if errors.As(err, &pe) {
				fmt.Println("  parse error at line", pe.Line)
			}
			if errors.Is(err, ErrEmpty) {
				fmt.Println("  it was empty")
			}
			fmt.Println("  partial sum", s)
			continue
		}
		fmt.Println("sum:", s)
	}
	var e error
	fmt.Println(e == nil, e)
	e = &ParseError{3, "x"}
	fmt.Printf("%v|%s|%T\n", e, e, e)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrEmpty))
	fmt.Println(wrapped, errors.Unwrap(wrapped))
	fmt.Println(errors.Is(wrapped, ErrEmpty), errors.Unwrap(ErrEmpty) == nil)
}
