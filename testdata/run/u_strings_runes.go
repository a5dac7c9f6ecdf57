package main

import (
	"fmt"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			b.WriteRune(c)
		}
	}
	t := b.String()
	return t == reverse(t)
}

func caesar(s string, shift int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + byte((int(c-'a')+shift+26)%26)
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + byte((int(c-'A')+shift+26)%26)
		default:
			out[i] = c
		}
	}
	return string(out)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	fmt.Println(reverse(s))
	fmt.Println(s[1], s[:1], s[7:])
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"} {
		fmt.Printf("%q palindrome? %t\n", p, isPalindrome(p))
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	words := strings.Fields("  the quick  brown fox   jumps ")
	fmt.Println(len(words), strings.Join(words, "_"))
	fmt.Println(strings.ToUpper("abc"), strings.Repeat("ab", 3), strings.Contains(s, "llo"))
	fmt.Println(strings.Index("chicken", "ken"), strings.HasPrefix(s, "hé"), strings.HasSuffix(s, "!"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.TrimSpace("  \t hi there \n"), strings.Trim("xxhixx", "x"), strings.Count("cheese", "e"))
	bs := []byte("abc")
	bs[0] = 'X'
	bs = append(bs, "def"...)
	fmt.Println(string(bs), bs)
	fmt.Println(string(rune(65)), string([]rune{72, 105}), "a" < "b", "abc" > "abd")
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('.')
	fmt.Println(sb.String(), sb.Len())
}
