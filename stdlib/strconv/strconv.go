// Package strconv implements conversions to and from string representations
// of basic data types, with Go's results and error values (*NumError wrapping
// ErrSyntax or ErrRange: `strconv.Atoi: parsing "x": invalid syntax`).
//
// Integers, booleans and unquoting are written in Go; float parsing and
// formatting and quoting are natives shared with the VM's fmt (the same
// shortest-digit algorithm and the same printable-rune table).
package strconv

import (
	"errors"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

const maxUint64 = 1<<64 - 1

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ...)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

func lower(c byte) byte {
	return c | ('x' - 'X')
}

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is not
// permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fnParseUint = "ParseUint"
	if s == "" {
		return 0, syntaxError(fnParseUint, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fnParseUint, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fnParseUint, s0, bitSize)
	}
	cutoff := uint64(maxUint64)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fnParseUint, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fnParseUint, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fnParseUint, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size
// (0 to 64) and returns the corresponding value i. Base 0 takes the base from
// the prefix (0b, 0o, 0, 0x) and allows underscores. Out-of-range values give
// the nearest limit and ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fnParseInt = "ParseInt"
	if s == "" {
		return 0, syntaxError(fnParseInt, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fnParseInt
		err.(*NumError).Num = s0
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fnParseInt, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fnParseInt, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	const fnAtoi = "Atoi"
	sLen := len(s)
	if 0 < sLen && sLen < 19 {
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError(fnAtoi, s0)
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			ch := s[i] - '0'
			if ch > 9 {
				return 0, syntaxError(fnAtoi, s0)
			}
			n = n*10 + int(ch)
		}
		if s0[0] == '-' {
			n = -n
		}
		return n, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = fnAtoi
	}
	return int(i64), err
}

// underscoreOK reports whether the underscores in s are allowed: only between
// digits or between a base prefix and a digit.
func underscoreOK(s string) bool {
	saw := byte('^')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns the string representation of i in the given base, for
// 2 <= base <= 36, with lower-case letters for digit values >= 10.
func FormatUint(i uint64, base int) string {
	return string(formatBits(nil, i, base, false))
}

// FormatInt returns the string representation of i in the given base, for
// 2 <= base <= 36, with lower-case letters for digit values >= 10.
func FormatInt(i int64, base int) string {
	return string(formatBits(nil, uint64(i), base, i < 0))
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the string form of the integer i, as generated by
// FormatInt, to dst and returns the extended buffer.
func AppendInt(dst []byte, i int64, base int) []byte {
	return formatBits(dst, uint64(i), base, i < 0)
}

// AppendUint appends the string form of the unsigned integer i, as generated
// by FormatUint, to dst and returns the extended buffer.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [65]byte
	i := len(a)
	if neg {
		u = -u
	}
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	for ; i < len(a); i++ {
		dst = append(dst, a[i])
	}
	return dst
}

// ParseBool returns the boolean value represented by the string: 1, t, T,
// TRUE, true, True, 0, f, F, FALSE, false, False. Any other value returns an
// error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to dst.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// parseFloat is the native behind ParseFloat: the value and a status (0 ok,
// 1 syntax error, 2 out of range).
func parseFloat(s string, bitSize int) (float64, int)

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. It
// accepts decimal and hexadecimal floating-point numbers, "inf", "infinity"
// and "nan" (any case), and underscores between digits. Out-of-range values
// give ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, status := parseFloat(s, bitSize)
	switch status {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// formatFloat is the native behind FormatFloat.
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatFloat converts the floating-point number f to a string, according to
// the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision prec
// (-1 for the smallest number of digits necessary to represent the value
// uniquely). bitSize is 32 or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends the string form of the floating-point number f, as
// generated by FormatFloat, to dst and returns the extended buffer.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}

// quoteWith quotes s with the quote byte q, escaping non-printable runes (and
// every non-ASCII rune when ascii is set): the VM's quoting, shared with %q.
func quoteWith(s string, q byte, ascii bool) string

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols and the ASCII space.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: like
// IsPrint, plus the space separators.
func IsGraphic(r rune) bool

// Quote returns a double-quoted Go string literal representing s, with Go
// escapes for control characters and non-printable characters.
func Quote(s string) string { return quoteWith(s, '"', false) }

// QuoteToASCII is like Quote but escapes every non-ASCII character too.
func QuoteToASCII(s string) string { return quoteWith(s, '"', true) }

// QuoteRune returns a single-quoted Go character literal representing the
// rune (invalid runes are quoted as '\ufffd' would be, i.e. as '�').
func QuoteRune(r rune) string {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return quoteWith(string(r), '\'', false)
}

// QuoteRuneToASCII is like QuoteRune but escapes non-ASCII characters.
func QuoteRuneToASCII(r rune) string {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return quoteWith(string(r), '\'', true)
}

// AppendQuote appends a double-quoted Go string literal representing s, as
// generated by Quote, to dst and returns the extended buffer.
func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

// AppendQuoteRune appends a single-quoted Go character literal representing
// the rune, as generated by QuoteRune, to dst and returns the extended buffer.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

// QuoteToGraphic returns a double-quoted Go string literal representing s,
// leaving the graphic characters of IsGraphic (such as U+00A0) unescaped.
func QuoteToGraphic(s string) string { return quoteGraphic(s, '"') }

// QuoteRuneToGraphic returns a single-quoted Go character literal
// representing the rune, leaving it unescaped when IsGraphic.
func QuoteRuneToGraphic(r rune) string {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return quoteGraphic(string(r), '\'')
}

// quoteGraphic quotes s rune by rune: graphic non-printable runes (the Zs
// spaces) verbatim, everything else as Quote escapes it.
func quoteGraphic(s string, q byte) string {
	buf := []byte{q}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if w > 1 && IsGraphic(r) && !IsPrint(r) {
			buf = append(buf, s[i:i+w]...)
		} else {
			e := quoteWith(s[i:i+w], q, false)
			buf = append(buf, e[1:len(e)-1]...)
		}
		i += w
	}
	return string(append(buf, q))
}

// AppendQuoteToASCII appends the QuoteToASCII form of s to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

// AppendQuoteRuneToASCII appends the QuoteRuneToASCII form of r to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

// AppendQuoteToGraphic appends the QuoteToGraphic form of s to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

// AppendQuoteRuneToGraphic appends the QuoteRuneToGraphic form of r to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// CanBackquote reports whether the string s can be represented unchanged as a
// single-line backquoted string without control characters other than tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}
