// Package errors: creating, wrapping and inspecting error values, as Go's errors
// package does (New, Unwrap, Is, As, Join, ErrUnsupported).
//
// Written in Go except for the two questions only the runtime can answer about
// a dynamic type: whether it is comparable (for Is) and whether it is assignable
// to the type a pointer target points to (for As, which then stores the value).
package errors

// New returns an error whose Error method returns text. Each call returns a
// distinct value, even for the same text.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of calling the Unwrap method on err, if err's type
// has an Unwrap method returning error; otherwise nil. It does not unwrap
// errors whose Unwrap returns []error.
func Unwrap(err error) error {
	if methodShape(err, "Unwrap") != shapeUnwrap {
		return nil
	}
	return err.(interface{ Unwrap() error }).Unwrap()
}

// methodShape is 16 × result slots + parameter slots (the receiver's interface
// box included) of v's method name, or -1 when v has none. The VM's method
// tables are keyed by name only, so this tells the two Unwrap forms apart.
func methodShape(v any, name string) int

const (
	shapeUnwrap      = 16*1 + 1 // Unwrap() error
	shapeUnwrapMulti = 16*4 + 1 // Unwrap() []error
	shapeIsAs        = 16*1 + 2 // Is(error) bool, As(any) bool
)

// isComparable reports whether values of v's dynamic type can be compared with
// == without a run-time panic (false for nil).
func isComparable(v any) bool

// Is reports whether any error in err's tree matches target: equal to it, or
// with an Is(error) bool method that reports true. The tree is walked depth
// first through Unwrap() error and Unwrap() []error.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if methodShape(err, "Is") == shapeIsAs && err.(interface{ Is(error) bool }).Is(target) {
			return true
		}
		switch methodShape(err, "Unwrap") {
		case shapeUnwrap:
			err = err.(interface{ Unwrap() error }).Unwrap()
			if err == nil {
				return false
			}
		case shapeUnwrapMulti:
			for _, err := range err.(interface{ Unwrap() []error }).Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// asTargetKind classifies As's target: 0 a usable pointer, 1 not a pointer or a
// nil pointer, 2 a pointer to a type that is neither an interface nor an error.
func asTargetKind(target any) int

// asAssign stores err in *target and reports true when err's dynamic type is
// assignable to the type target points to.
func asAssign(err error, target any) bool

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true. An error matches if
// its concrete value is assignable to the value pointed to by target, or if it
// has a method As(any) bool that returns true. As panics if target is not a
// non-nil pointer to a type that implements error or to an interface type.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asTargetKind(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asAssign(err, target) {
			return true
		}
		if methodShape(err, "As") == shapeIsAs && err.(interface{ As(any) bool }).As(target) {
			return true
		}
		switch methodShape(err, "Unwrap") {
		case shapeUnwrap:
			err = err.(interface{ Unwrap() error }).Unwrap()
			if err == nil {
				return false
			}
		case shapeUnwrapMulti:
			for _, err := range err.(interface{ Unwrap() []error }).Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors, discarding nil ones; nil
// when every one is nil. Its Error text is the texts of the errors, one a line.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
