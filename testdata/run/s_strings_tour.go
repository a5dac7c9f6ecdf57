package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	text := "  The quick brown fox\tjumps over\nthe lazy dog.  The END  "
	words := strings.Fields(text)
	fmt.Println(len(words), words)
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,,c", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Join(words, "_"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
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
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, "a1b2c3"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ß", "SS"))
	fmt.Printf("[%s]\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("[%s]\n", strings.TrimLeftFunc("  \t x ", unicode.IsSpace))
	fmt.Printf("[%s]\n", strings.TrimRightFunc("xyz!!?", unicode.IsPunct))
	fmt.Println(strings.Title("hello wide world"), strings.ToTitle("loud"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("abc"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'c'), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'b'), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimSpace("  x  "), strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	fmt.Println(strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexByte("abca", 'a'))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("ignition")
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"))
}
