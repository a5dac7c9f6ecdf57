package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error. With a %w verb whose operand is an error, the
// returned error implements Unwrap() error (one %w) or Unwrap() []error
// (several); any other operand of %w prints as %!w(...), as in Go.
func Errorf(format string, a ...any) error {
	vf, wrapped, reordered := errorfVerbs(format, a)
	s := Sprintf(vf, a...)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	if reordered {
		sortInts(wrapped)
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// errorfVerbs walks format exactly as Printf assigns operands to verbs, and
// returns the format with each %w whose operand is an error turned into %v
// (which prints the same), the operand indexes of the %w verbs that had a
// valid operand, and whether an explicit [n] operand index was used.
func errorfVerbs(format string, a []any) (string, []int, bool) {
	var wrapped []int
	var out []byte // a copy of format, made at the first change
	reordered := false
	good := true
	argNum := 0
	end := len(format)
	wrap := func(i int) {
		wrapped = append(wrapped, argNum)
		if _, isErr := a[argNum].(error); isErr {
			if out == nil {
				out = []byte(format)
			}
			out[i] = 'v'
		}
	}
	// argNumber parses an optional [n] at i (Printf's argNumber).
	argNumber := func(i int) (int, bool) {
		if i >= end || format[i] != '[' {
			return i, false
		}
		reordered = true
		if end-i < 3 {
			good = false
			return i + 1, false
		}
		for j := i + 1; j < end; j++ {
			if format[j] == ']' {
				n, k := 0, i+1
				for k < j && '0' <= format[k] && format[k] <= '9' {
					n = n*10 + int(format[k]-'0')
					if n > 1000000 {
						break
					}
					k++
				}
				if k == i+1 || k != j {
					good = false
					return j + 1, false
				}
				if n-1 < 0 || n-1 >= len(a) {
					good = false
					return j + 1, true
				}
				argNum = n - 1
				return j + 1, true
			}
		}
		good = false
		return i + 1, false
	}
	skipDigits := func(i int) int {
		for i < end && '0' <= format[i] && format[i] <= '9' {
			i++
		}
		return i
	}
	for i := 0; i < end; {
		good = true
		for i < end && format[i] != '%' {
			i++
		}
		if i >= end {
			break
		}
		i++
		for i < end && (format[i] == '#' || format[i] == '0' || format[i] == '+' || format[i] == '-' || format[i] == ' ') {
			i++
		}
		if i < end && 'a' <= format[i] && format[i] <= 'z' && argNum < len(a) {
			if format[i] == 'w' {
				wrap(i)
			}
			argNum++
			i++
			continue
		}
		var afterIndex bool
		i, afterIndex = argNumber(i)
		if i < end && format[i] == '*' {
			i++
			if argNum < len(a) {
				argNum++
			}
			afterIndex = false
		} else {
			j := skipDigits(i)
			if afterIndex && j > i {
				good = false
			}
			i = j
		}
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				good = false
			}
			i, afterIndex = argNumber(i)
			if i < end && format[i] == '*' {
				i++
				if argNum < len(a) {
					argNum++
				}
				afterIndex = false
			} else {
				i = skipDigits(i)
			}
		}
		if !afterIndex {
			i, _ = argNumber(i)
		}
		if i >= end {
			break
		}
		c := format[i]
		size := 1
		if c >= 0x80 {
			for size < 4 && i+size < end && format[i+size]&0xC0 == 0x80 {
				size++
			}
		}
		switch {
		case c == '%':
		case !good:
		case argNum >= len(a):
		case c == 'w':
			wrap(i)
			argNum++
		default:
			argNum++
		}
		i += size
	}
	if out == nil {
		return format, wrapped, reordered
	}
	return string(out), wrapped, reordered
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
