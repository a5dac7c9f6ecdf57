package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type ValidationError struct {
	Field string
	Value int
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

type QueryError struct {
	Query string
	Err   error
}

func (q QueryError) Error() string { return "query " + q.Query + ": " + q.Err.Error() }
func (q QueryError) Unwrap() error { return q.Err }

func find(db map[string]int, key string) (int, error) {
	v, ok := db[key]
	if !ok {
		return 0, fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	if v < 0 {
		return 0, &ValidationError{"value", v}
	}
	return v, nil
}

func lookup(db map[string]int, q string) error {
	_, err := find(db, q)
	if err != nil {
		return QueryError{Query: q, Err: err}
	}
	return nil
}

func parseAll(xs []string) (sum int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parseAll: %w", err)
		}
	}()
	for _, x := range xs {
		n, e := strconv.Atoi(x)
		if e != nil {
			return sum, e
		}
		sum += n
	}
	return sum, nil
}

func main() {
	db := map[string]int{"a": 1, "neg": -5}
	for _, k := range []string{"a", "b", "neg"} {
		err := lookup(db, k)
		fmt.Println(k, err)
		if err == nil {
			continue
		}
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), "is Perm:", errors.Is(err, ErrPermission))
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation field:", ve.Field, ve.Value)
		}
		var qe QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query:", qe.Query)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	s, err := parseAll([]string{"1", "2", "x3"})
	fmt.Println(s, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e1), errors.Is(e1, e2))
	w := fmt.Errorf("level2: %w", fmt.Errorf("level1: %w", ErrPermission))
	fmt.Println(w, errors.Is(w, ErrPermission), errors.Unwrap(errors.Unwrap(w)) == ErrPermission)
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Unwrap(fmt.Errorf("no wrap: %v", ErrNotFound)))
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Unwrap(nilErr) == nil)
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
