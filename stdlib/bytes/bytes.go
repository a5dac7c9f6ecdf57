// Package bytes implements functions for the manipulation of byte slices, with
// the results of Go's package: functions that return parts of their argument
// (Split, Fields, Trim*) return subslices sharing its memory, the others new
// slices. Searching goes through the strings package on a string copy (simple,
// not the fastest). Written in Go.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b are the same length and contain the same bytes.
// A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int { return strings.Compare(string(a), string(b)) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any of the UTF-8-encoded code points in chars
// are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// Count counts the number of non-overlapping instances of sep in s.
func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first occurrence of rune r in s, or -1.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

// IndexAny returns the byte index of the first occurrence in s of any of the
// code points in chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

// IndexFunc returns the byte index of the first code point satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(string(s), f) }

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == string(prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && string(s[len(s)-len(suffix):]) == string(suffix)
}

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

// genSplit splits s around sep, keeping sepSave bytes of sep in each piece, at
// most n pieces (n < 0: all). Pieces are subslices of s with capped capacity.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// explode splits s into UTF-8 sequences, at most n (n < 0: all).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitN slices s into subslices separated by sep, at most n of them.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var out [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:len(s):len(s)])
	}
	return out
}

// Join concatenates the elements of s with sep between them, in a new slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var out []byte
	for i, b := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, b...)
	}
	if out == nil {
		out = []byte{}
	}
	return out
}

// Repeat returns a new byte slice consisting of count copies of b.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	out := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		out = append(out, b...)
	}
	return out
}

// Map returns a copy of s with all its characters mapped by mapping; a negative
// result drops the character.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
		i += size
	}
	return out
}

// ToUpper returns a copy of s with all Unicode letters mapped to upper case.
func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }

// ToLower returns a copy of s with all Unicode letters mapped to lower case.
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }

// Title returns a copy of s with the first letter of each word in title case.
func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

// Runes returns s as a slice of runes.
func Runes(s []byte) []rune { return []rune(string(s)) }

// TrimLeftFunc returns the subslice of s without the leading code points
// satisfying f (nil when nothing is left, as Go).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := IndexFunc(s, func(r rune) bool { return !f(r) })
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns the subslice of s without the trailing code points
// satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRune(s[:end])
		if !f(r) {
			break
		}
		end -= size
	}
	return s[:end]
}

// TrimFunc returns the subslice of s without leading and trailing code points
// satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns the subslice of s without leading and trailing white space.
func TrimSpace(s []byte) []byte { return TrimFunc(s, unicode.IsSpace) }

// Trim returns the subslice of s without leading and trailing code points
// contained in cutset.
func Trim(s []byte, cutset string) []byte {
	return TrimFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

// TrimLeft returns the subslice of s without leading code points in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	return TrimLeftFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

// TrimRight returns the subslice of s without trailing code points in cutset.
func TrimRight(s []byte, cutset string) []byte {
	return TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Replace returns a copy of s with the first n non-overlapping instances of old
// replaced by new (n < 0: all).
func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old
// replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Cut slices s around the first instance of sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Clone returns a copy of b (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}
