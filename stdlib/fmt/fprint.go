package fmt

import (
	"io"
	"os"
)

// Fprint formats using the default formats for its operands and writes to w.
// Spaces are added between operands when neither is a string. It returns the
// number of bytes written and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return writeTo(w, Sprint(a...))
}

// Fprintln formats using the default formats for its operands and writes to w.
// Spaces are always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return writeTo(w, Sprintln(a...))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return writeTo(w, Sprintf(format, a...))
}

// writeTo writes s with one Write call, as Go's Fprint* do; standard files
// take the string without a conversion to []byte.
func writeTo(w io.Writer, s string) (int, error) {
	if f, ok := w.(*os.File); ok {
		return f.WriteString(s)
	}
	return w.Write([]byte(s))
}

// Append formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln is like Append with Sprintln's spacing and a final newline.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Appendf formats according to a format specifier, appends the result to the
// byte slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}
