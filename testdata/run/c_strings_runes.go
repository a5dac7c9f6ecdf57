package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k))%26
		}
		return r
	}, s)
}

func wordFreq(text string) map[string]int {
	f := map[string]int{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		f[strings.ToLower(w)]++
	}
	return f
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%d,%U) ", i, r, utf8.RuneLen(r), r)
		}
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[7]), []byte(s[:3]))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), []rune(bad))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("hello"))
	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("abcxyz", 3), 23))
	f := wordFreq("the cat and The hat; the END")
	fmt.Println(f, len(f))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.SplitN("a:b:c", ":", 2))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.TrimSpace("  x y  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("001200", "0"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Printf("%q\n", strings.Fields("  a b   c "))
	fmt.Println(strings.Title("hello world"), strings.ToUpper("ß straße"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.ContainsRune("abc", 'b'))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.Quote("hi\t\"x\""), strconv.FormatFloat(3.14159, 'f', 2, 64))
	n, err := strconv.ParseInt("7fffffff", 16, 64)
	fmt.Println(n, err)
	fl, err := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(fl, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.Unquote(`"a\nb"`))
	fmt.Println(string(rune(65)), string([]byte{104, 105}), []byte("Go"), strconv.QuoteRune('☺'))
	fmt.Println(unicode.IsUpper('A'), unicode.ToLower('Q'), unicode.IsSpace('\t'), unicode.IsPunct('!'), string(unicode.ToUpper('ä')))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	r, size := utf8.DecodeRune(buf)
	fmt.Println(buf, string(r), size, utf8.RuneLen('a'))
	lines := strings.Split(strings.TrimSpace("line one\nline two\nline three"), "\n")
	for i, l := range lines {
		fmt.Printf("%2d| %-12s|%5d\n", i+1, l, len(l))
	}
	cmp := strings.Compare("a", "b")
	fmt.Println(cmp, "apple" < "banana", "Z" < "a", strings.ToTitle("go"))
}
