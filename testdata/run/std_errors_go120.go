// Go 1.20+ features (errors.Join, several %w in fmt.Errorf, Unwrap() []error):
// Go 1.19 cannot run this program, so the expected output was written by
// reasoning from the Go 1.20+ documentation: Join drops nil errors and joins the
// messages with newlines; Errorf with several %w returns an error whose
// Unwrap() []error lists the wrapped operands in argument order; Is and As walk
// the tree depth first; a non-error %w operand prints %!w(...) and is skipped.
package main

import (
	"errors"
	"fmt"
	"io"
)

var (
	ErrA = errors.New("a failed")
	ErrB = errors.New("b failed")
	ErrC = errors.New("c failed")
)

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Println(errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	single := errors.Join(ErrC)
	fmt.Println(single, single == ErrC, errors.Is(single, ErrC))

	m := fmt.Errorf("both: %w and %w", ErrA, &CodeErr{7})
	fmt.Println(m)
	fmt.Println(errors.Is(m, ErrA), errors.Is(m, ErrB), errors.Unwrap(m) == nil)
	var ce *CodeErr
	fmt.Println(errors.As(m, &ce), ce.Code)
	fmt.Printf("%T\n", m)

	nested := errors.Join(fmt.Errorf("ctx: %w", j), io.EOF)
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrB), errors.Is(nested, io.EOF), errors.Is(nested, ErrC))

	mixed := fmt.Errorf("%w/%w/%w", ErrA, 5, ErrC)
	fmt.Println(mixed, errors.Is(mixed, ErrC))
	fmt.Println(fmt.Errorf("%+w|%#w|%5w", io.EOF, io.EOF, io.EOF))
	fmt.Println(errors.ErrUnsupported)
}
