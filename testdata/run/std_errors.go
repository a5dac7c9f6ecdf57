package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (e TempErr) Error() string   { return fmt.Sprintf("temporary (%d)", e.code) }
func (e TempErr) Temporary() bool { return true }

type isErr struct{}

func (isErr) Error() string          { return "isErr" }
func (isErr) Is(target error) bool   { return target == io.EOF }
func (isErr) As(target any) bool     { return false }

type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

func find(key string) error {
	if key == "" {
		return &QueryError{key, ErrNotFound}
	}
	return nil
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1 == e2, errors.Is(e1, e1), errors.Is(e1, e2))
	fmt.Printf("%v %s %q %T\n", e1, e1, e1, e1)

	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("as QueryError:", qe.Query == "", qe.Err)
	}
	fmt.Println(find("x") == nil, errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Unwrap(nil))

	w := fmt.Errorf("loading config: %w", err)
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrNotFound), errors.Unwrap(w) == err)
	w2 := fmt.Errorf("layer2: %w", w)
	if errors.As(w2, &qe) {
		fmt.Println("deep as:", qe)
	}
	plain := fmt.Errorf("code %d: %s", 42, "bad")
	fmt.Println(plain, errors.Unwrap(plain))
	fmt.Printf("%T %T\n", w, plain)
	notErr := fmt.Errorf("bad wrap %w", 42)
	fmt.Println(notErr, errors.Unwrap(notErr))
	fmt.Println(fmt.Errorf("%w", nil), fmt.Errorf("x %[2]w %[1]v", 1, io.EOF))
	fmt.Println(errors.Is(fmt.Errorf("x %[2]w %[1]v", 1, io.EOF), io.EOF))

	var te TempErr
	wt := fmt.Errorf("op: %w", TempErr{7})
	fmt.Println(errors.As(wt, &te), te.code, te)
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(wt, &tmp), tmp.Temporary())
	var pathErr *os.PathError
	fmt.Println(errors.As(wt, &pathErr), pathErr == nil)
	fmt.Println(errors.Is(isErr{}, io.EOF), errors.Is(fmt.Errorf("w: %w", isErr{}), io.EOF))

	// uncomparable error values compare by Is without panicking
	se := sliceErr{"a", "b"}
	fmt.Println(errors.Is(se, se), errors.Is(fmt.Errorf("w %w", se), ErrNotFound))

	var ne *strconv.NumError
	_, perr := strconv.Atoi("z")
	wrapped := fmt.Errorf("parse: %w", perr)
	fmt.Println(errors.As(wrapped, &ne), ne.Func, ne.Num, errors.Is(wrapped, strconv.ErrSyntax))

	defer func() {
		fmt.Println("panic:", recover())
		defer func() { fmt.Println("panic:", recover()) }()
		var notPtr QueryError
		errors.As(err, notPtr)
	}()
	var s string
	errors.As(err, &s)
}
