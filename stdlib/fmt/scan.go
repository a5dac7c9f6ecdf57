package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// Scanning: Scan, Scanln, Scanf and their Fscan*/Sscan* forms, following Go's
// fmt/scan.go rules (spaces and newlines, verbs, widths, base prefixes for %v,
// the error texts). Operands are pointers to the basic types (string, []byte,
// bool, integers, floats); other pointer types report "can't scan type".
// Not supported: the Scanner interface and %q.

const eof = -1

// scanError carries an error out of the scanner through panic/recover.
type scanError struct {
	err error
}

// stringReader is the rune source of Sscan*.
type stringReader struct {
	s    string
	pos  int
	last int // width of the last rune read (for UnreadRune)
}

func (r *stringReader) ReadRune() (rune, int, error) {
	if r.pos >= len(r.s) {
		r.last = 0
		return 0, 0, io.EOF
	}
	c, w := utf8.DecodeRuneInString(r.s[r.pos:])
	r.pos += w
	r.last = w
	return c, w, nil
}

// Read makes stringReader an io.Reader (the scanner only uses ReadRune).
func (r *stringReader) Read(b []byte) (int, error) {
	if r.pos >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(b, r.s[r.pos:])
	r.pos += n
	return n, nil
}

func (r *stringReader) UnreadRune() error {
	r.pos -= r.last
	r.last = 0
	return nil
}

// readRune reads UTF-8 from a plain io.Reader one byte at a time (so no input
// beyond the scanned text is consumed) and remembers one rune for UnreadRune.
type readRune struct {
	r        io.Reader
	peek     rune
	peekSize int
	hasPeek  bool
	last     rune
	lastSize int
}

func (r *readRune) readByte() (byte, error) {
	var b [1]byte
	n, err := r.r.Read(b[:])
	if n == 1 {
		return b[0], nil
	}
	if err == nil {
		err = io.EOF
	}
	return 0, err
}

func (r *readRune) ReadRune() (rune, int, error) {
	if r.hasPeek {
		r.hasPeek = false
		r.last, r.lastSize = r.peek, r.peekSize
		return r.peek, r.peekSize, nil
	}
	b, err := r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if b < utf8.RuneSelf {
		r.last, r.lastSize = rune(b), 1
		return rune(b), 1, nil
	}
	buf := []byte{b}
	for len(buf) < utf8.UTFMax && !utf8.FullRune(buf) {
		c, err := r.readByte()
		if err != nil {
			break
		}
		buf = append(buf, c)
	}
	c, w := utf8.DecodeRune(buf)
	r.last, r.lastSize = c, w
	return c, w, nil
}

func (r *readRune) UnreadRune() error {
	r.peek, r.peekSize, r.hasPeek = r.last, r.lastSize, true
	return nil
}

const hugeWid = 1 << 30

// ss is the state of one scanning call.
type ss struct {
	rs        io.RuneScanner
	buf       []byte
	count     int // runes consumed so far
	atEOF     bool
	nlIsSpace bool // Scan: newlines count as space
	nlIsEnd   bool // Scanln: a newline ends the input
	argLimit  int  // max count for the current operand (width)
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{r: r}
	}
	return s
}

func (s *ss) errorString(msg string) {
	panic(scanError{errors.New(msg)})
}

func (s *ss) error(err error) {
	panic(scanError{err})
}

func (s *ss) getRune() rune {
	if s.atEOF || s.count >= s.argLimit {
		return eof
	}
	r, _, err := s.rs.ReadRune()
	if err != nil {
		if err == io.EOF {
			s.atEOF = true
			return eof
		}
		s.error(err)
	}
	s.count++
	return r
}

func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) UnreadRune() {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune and keeps it (in buf if accept) when it is in ok.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if r != eof && accept {
		s.UnreadRune()
	}
	return false
}

func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

func (s *ss) accept(ok string) bool { return s.consume(ok, true) }

// token returns the next space-delimited run of runes (after skipping space
// when skip).
func (s *ss) token(skip bool) string {
	if skip {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if isSpace(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return string(s.buf)
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
)

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) < 0 {
		s.errorString("bad verb '%" + string(verb) + "' for " + typ)
		return false
	}
	return true
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.errorString("bad verb '%" + string(verb) + "' for boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.errorString("bad verb '%" + string(verb) + "' for boolean")
		}
		return false
	}
	return false
}

func (s *ss) getBase(verb rune) (int, string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken accepts Go's float syntax (with nan/inf, hex and underscores).
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func (s *ss) convertFloat(str string, n int) float64 {
	// strconv.ParseFloat handles "+0x1.fp+2", but not the p exponent with a
	// decimal mantissa, which Go's scanner turns into a power of two.
	if p := indexRune(str, 'p'); p >= 0 && !(len(str) > 2 && (str[1] == 'x' || str[1] == 'X' || len(str) > 3 && str[2] == 'x')) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			s.error(err)
		}
		e, err := strconv.Atoi(str[p+1:])
		if err != nil {
			s.error(err)
		}
		for ; e > 0; e-- {
			f *= 2
		}
		for ; e < 0; e++ {
			f /= 2
		}
		return f
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *ss) scanFloat(verb rune, n int) float64 {
	if !s.okVerb(verb, "beEfFgGxXv", "float") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), n)
}

func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q', 'x', 'X':
		s.errorString("verb %" + string(verb) + " is not supported for scanning strings")
	}
	return s.token(false)
}

// scanOne scans one operand with verb.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		if s.okVerb(verb, "beEfFgGxXv", "float") {
			s.SkipSpace()
			s.notEOF()
			*v = float32(s.convertFloat(s.floatToken(), 32))
		}
	case *float64:
		*v = s.scanFloat(verb, 64)
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

func isPointer(arg any) bool {
	switch arg.(type) {
	case *bool, *int, *int8, *int16, *int32, *int64, *uint, *uint8, *uint16, *uint32, *uint64,
		*uintptr, *float32, *float64, *string, *[]byte:
		return true
	}
	t := Sprintf("%T", arg)
	return len(t) > 0 && t[0] == '*'
}

// errorHandler turns the scanner's panics into the returned error.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eofErr, ok := e.(error); ok && eofErr == io.EOF {
			*errp = eofErr
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		if !isPointer(arg) {
			s.errorString("type not a pointer: " + Sprintf("%T", arg))
		}
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the literal text and spaces at the start of format against
// the input: the bytes of format consumed, or -1 when the input differs.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++
		wid, widPresent := 0, false
		for i <= end && '0' <= format[i] && format[i] <= '9' {
			wid = wid*10 + int(format[i]-'0')
			widPresent = true
			i++
		}
		if !widPresent {
			wid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = hugeWid
		if f := s.count + wid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		arg := a[numProcessed]
		if !isPointer(arg) {
			s.errorString("type not a pointer: " + Sprintf("%T", arg))
		}
		s.scanOne(c, arg)
		numProcessed++
		s.argLimit = hugeWid
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as space.
// It returns the number of items successfully scanned.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline and after the
// final item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input, storing successive
// space-separated values into successive arguments as determined by the
// format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan scans the argument string, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str}, a...)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after the
// final item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str}, a...)
}

// Sscanf scans the argument string, storing successive space-separated values
// into successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}

// Fscan scans text read from r, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after the
// final item there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}

// Fscanf scans text read from r, storing successive space-separated values
// into successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}
