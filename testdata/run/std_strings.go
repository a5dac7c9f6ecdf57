package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// Builder
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	b.WriteString("again")
	fmt.Println(b.String(), b.Cap() >= 64)

	// Split family
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  qux  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-"), strings.Join([]string{"solo"}, "-"))

	// searching
	s := "chicken kitchen"
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsRune(s, 'k'), strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "zyn"))
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "dmr"), strings.LastIndex(s, "en"), strings.LastIndex(s, ""))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexRune("chicken", 'k'), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Println(strings.HasPrefix(s, "chi"), strings.HasPrefix(s, "kit"), strings.HasSuffix(s, "chen"), strings.HasSuffix(s, ""))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))

	// transforming
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ToUpper("Hello, Wörld!"), strings.ToLower("HELLO, WÖRLD!"), strings.ToUpper("ǳ straße"))
	fmt.Println(strings.ToTitle("loud"))
	fmt.Printf("[%s] [%s]\n", strings.TrimSpace("  \t hi there \n "), strings.TrimSpace("\u3000x\u00a0"))
	fmt.Println(strings.Trim("xxhixyx", "xy"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimPrefix("abc", "x"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("  x  ", unicode.IsSpace)+"|")
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"), strings.EqualFold("k", "\u212a"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))

	// Reader
	rd := strings.NewReader("héllo")
	for {
		ch, size, err := rd.ReadRune()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	fmt.Println(rd.Len(), rd.Size())
	buf := make([]byte, 3)
	rd2 := strings.NewReader("abcdefg")
	for {
		n, err := rd2.Read(buf)
		fmt.Println(n, string(buf[:n]), err)
		if err != nil {
			break
		}
	}
}
