// Package unicode: character-class tests and case mappings of Unicode code
// points, with Go's answers (the tables behind the natives are generated from
// Go's own unicode package; see vm/src/runtime/unicode_tables.rs). Latin-1 is
// answered here in Go; other runes ask the `unicode.is`/`unicode.to` natives.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Table numbers understood by the `unicode.is` native.
const (
	tLetter = iota
	tUpper
	tLower
	tTitle
	tMark
	tNumber
	tDigit
	tPunct
	tSymbol
	tWhiteSpace
	tSpaceSep
	tPrint
)

// is reports whether r is in table t (a native over the generated tables).
func is(t int, r rune) bool

// to maps r: 0 upper, 1 lower, 2 title, 3 SimpleFold (a native).
func to(c int, r rune) rune

// Case selectors for To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == 0xAA || r == 0xB5 || r == 0xBA ||
			0xC0 <= r && r <= 0xFF && r != 0xD7 && r != 0xF7
	}
	return is(tLetter, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 'A' <= r && r <= 'Z' || 0xC0 <= r && r <= 0xDE && r != 0xD7
	}
	return is(tUpper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 'a' <= r && r <= 'z' || r == 0xB5 || 0xDF <= r && r <= 0xFF && r != 0xF7 || r == 0xAA || r == 0xBA
	}
	return is(tLower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return is(tTitle, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return is(tDigit, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return '0' <= r && r <= '9' || r == 0xB2 || r == 0xB3 || r == 0xB9 || r == 0xBC || r == 0xBD || r == 0xBE
	}
	return is(tNumber, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	return is(tMark, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@',
			'[', '\\', ']', '_', '{', '}', 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF:
			return true
		}
		return false
	}
	return is(tPunct, r)
}

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '$', '+', '<', '=', '>', '^', '`', '|', '~', 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA8, 0xA9,
			0xAC, 0xAE, 0xAF, 0xB0, 0xB1, 0xB4, 0xB8, 0xD7, 0xF7:
			return true
		}
		return false
	}
	return is(tSymbol, r)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space: '\t', '\n', '\v',
// '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return is(tWhiteSpace, r)
}

// IsControl reports whether the rune is a control character (only Latin-1
// control characters count, as in Go).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || 0x7F <= r && r < 0xA0
	}
	return false
}

// IsPrint reports whether the rune is printable: letters, marks, numbers,
// punctuation, symbols and the ASCII space character.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 0x20 <= r && r < 0x7F || 0xA1 <= r && r <= 0xFF && r != 0xAD
	}
	return is(tPrint, r)
}

// IsGraphic reports whether the rune is a graphic character: IsPrint plus the
// space separators (Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return 0x20 <= r && r < 0x7F || 0xA0 <= r && r <= 0xFF && r != 0xAD
	}
	return is(tPrint, r) || is(tSpaceSep, r)
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return to(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return to(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return to(TitleCase, r)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	return to(_case, r)
}

// SimpleFold iterates over Unicode code points equivalent under simple case
// folding: the smallest rune > r in r's orbit if one exists, else the smallest
// rune >= 0. Invalid runes are returned unchanged.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	return to(3, r)
}
