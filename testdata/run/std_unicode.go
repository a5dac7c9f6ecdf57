package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\n', '!', '$', 'é', 'ß', 'Σ', 'ж', '世', '٣', 'Ⅻ', '½', '\u00a0', '\u2003', '\u0301', 'ǅ', '€', '_', '\u00ad', -1, 0x10FFFF + 1}
	for _, r := range runes {
		fmt.Printf("%U up=%v lo=%v le=%v di=%v nu=%v sp=%v pu=%v sy=%v pr=%v gr=%v co=%v ma=%v ti=%v %q %q %q\n",
			r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsPrint(r), unicode.IsGraphic(r),
			unicode.IsControl(r), unicode.IsMark(r), unicode.IsTitle(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('K'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'), unicode.SimpleFold('1'), unicode.SimpleFold(-2))

	s := "Hello, 世界! \xff ok"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("héllo"), utf8.RuneCount([]byte("añb")))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%q/%d ", i, r, w)
		i += w
	}
	fmt.Println()
	for e := len(s); e > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:e])
		fmt.Printf("%q/%d ", r, w)
		e -= w
	}
	fmt.Println()
	r, w := utf8.DecodeRuneInString("")
	fmt.Println(r, w, r == utf8.RuneError)
	for _, bad := range []string{"\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe4\xb8", "\xf0\x9f\x98\x80"} {
		r, w := utf8.DecodeRuneInString(bad)
		fmt.Printf("%q %d %v %v\n", r, w, utf8.FullRuneInString(bad), utf8.ValidString(bad))
	}
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, 0x110000} {
		buf := make([]byte, utf8.UTFMax)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), buf[:n], utf8.ValidRune(r))
	}
	b := utf8.AppendRune([]byte("x"), '界')
	fmt.Println(string(b), len(b), utf8.RuneStart(b[1]), utf8.RuneStart(b[2]), utf8.FullRune(b[1:3]), utf8.Valid(b))
	r2, w2 := utf8.DecodeRune([]byte("€uro"))
	r3, w3 := utf8.DecodeLastRune([]byte("euro€"))
	fmt.Println(r2, w2, r3, w3, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, string(utf8.RuneError))
	count := 0
	for _, c := range "Ünïcödé text" {
		if unicode.IsLetter(c) && !unicode.IsSpace(c) {
			count++
		}
	}
	fmt.Println(count)
}
