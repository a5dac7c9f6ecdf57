// panic with an error value prints its Error() text.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func parse() error {
	return &ParseError{12, "unexpected token"}
}

func main() {
	if err := parse(); err != nil {
		panic(err)
	}
}
