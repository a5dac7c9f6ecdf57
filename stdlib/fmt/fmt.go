// Package fmt implements formatted I/O with functions analogous to C's printf
// and scanf, as in Go. The functions without a body are natives: govm binds them
// by their qualified names (fmt.Println, ...) to its formatter (runtime/fmt.rs),
// which follows Go's rules for verbs, flags, widths, precisions and the
// Error/String methods of the operands.
package fmt

// Stringer is implemented by any value that has a String method, which defines
// the "native" format for that value. The String method is used to print values
// passed as an operand to any format that accepts a string or to an unformatted
// printer such as Print.
type Stringer interface {
	String() string
}

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a string.
// It returns the number of bytes written and any write error encountered.
func Print(a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to
// standard output. Spaces are always added between operands and a newline is
// appended. It returns the number of bytes written and any write error
// encountered.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
// It returns the number of bytes written and any write error encountered.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats using the default formats for its operands and returns the
// resulting string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the
// resulting string. Spaces are always added between operands and a newline is
// appended.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting
// string.
func Sprintf(format string, a ...any) string
