// Package utf8 implements functions and constants to support text encoded in
// UTF-8, with Go's exact rules for invalid and short encodings (each bad byte
// decodes as RuneError with width 1; surrogates and overlong forms are
// invalid). Written in Go.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decode decodes the first rune of p[i:] (a string's bytes read through at).
func decodeStr(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	c0 := s[0]
	if c0 < RuneSelf {
		return rune(c0), 1
	}
	var need int
	var min rune
	var r rune
	switch {
	case c0 >= 0xC2 && c0 <= 0xDF:
		need, min, r = 2, 0x80, rune(c0&0x1F)
	case c0 >= 0xE0 && c0 <= 0xEF:
		need, min, r = 3, 0x800, rune(c0&0x0F)
	case c0 >= 0xF0 && c0 <= 0xF4:
		need, min, r = 4, 0x10000, rune(c0&0x07)
	default:
		return RuneError, 1
	}
	if n < need {
		// A short encoding is invalid only at its first byte if what is there is
		// a valid prefix; either way the width is 1.
		return RuneError, 1
	}
	for k := 1; k < need; k++ {
		c := s[k]
		if c < 0x80 || c > 0xBF {
			return RuneError, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	if r < min || r > MaxRune || surrogateMin <= r && r <= surrogateMax {
		return RuneError, 1
	}
	return r, need
}

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the
// rune and its width in bytes. If s is empty it returns (RuneError, 0); if the
// encoding is invalid, (RuneError, 1).
func DecodeRuneInString(s string) (rune, int) {
	return decodeStr(s)
}

// DecodeRune is like DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (rune, int) {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return decodeStr(string(p[:n]))
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s and returns the
// rune and its width in bytes; (RuneError, 0) for an empty s and
// (RuneError, 1) for an invalid encoding.
func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := decodeStr(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is like DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (rune, int) {
	lo := len(p) - UTFMax
	if lo < 0 {
		lo = 0
	}
	return DecodeLastRuneInString(string(p[lo:]))
}

// RuneLen returns the number of bytes required to encode the rune, or -1 if
// the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of
// the rune and returns the number of bytes written. Invalid runes are encoded
// as RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) <= 0x7F {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) > MaxRune || surrogateMin <= r && r <= surrogateMax {
		r = RuneError
	}
	switch {
	case uint32(r) < 0x800:
		_ = p[1]
		p[0] = byte(0xC0 | r>>6)
		p[1] = byte(0x80 | r&0x3F)
		return 2
	case uint32(r) < 0x10000:
		_ = p[2]
		p[0] = byte(0xE0 | r>>12)
		p[1] = byte(0x80 | r>>6&0x3F)
		p[2] = byte(0x80 | r&0x3F)
		return 3
	default:
		_ = p[3]
		p[0] = byte(0xF0 | r>>18)
		p[1] = byte(0x80 | r>>12&0x3F)
		p[2] = byte(0x80 | r>>6&0x3F)
		p[3] = byte(0x80 | r&0x3F)
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the
// extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= 0x7F {
		return append(p, byte(r))
	}
	buf := make([]byte, 4) // slicing arrays is not supported yet (notes/bugs.md)
	n := EncodeRune(buf, r)
	return append(p, buf[:n]...)
}

// RuneCountInString returns the number of runes in s; each invalid byte
// counts as one.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, w := decodeStr(s[i:])
			i += w
		}
		n++
	}
	return n
}

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// FullRuneInString reports whether s begins with a full UTF-8 encoding of a
// rune (an invalid encoding counts as full: it decodes as a width-1 error).
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c0 := s[0]
	var need int
	switch {
	case c0 < 0x80:
		return true
	case c0 >= 0xC2 && c0 <= 0xDF:
		need = 2
	case c0 >= 0xE0 && c0 <= 0xEF:
		need = 3
	case c0 >= 0xF0 && c0 <= 0xF4:
		need = 4
	default:
		return true
	}
	if n >= need {
		return true
	}
	// Short: full if some continuation byte present is already invalid.
	for k := 1; k < n; k++ {
		c := s[k]
		lo, hi := byte(0x80), byte(0xBF)
		if k == 1 {
			switch c0 {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			case 0xF0:
				lo = 0x90
			case 0xF4:
				hi = 0x8F
			}
		}
		if c < lo || c > hi {
			return true
		}
	}
	return false
}

// FullRune reports whether p begins with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return FullRuneInString(string(p[:n]))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := decodeStr(s[i:])
		if r == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
