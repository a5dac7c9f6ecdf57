// Command gen_unicode writes vm/src/runtime/unicode_tables.rs: the Unicode
// category range tables and simple case mappings govm's `unicode` natives use,
// taken from the Go toolchain that runs it (so they match that Go's Unicode
// version exactly).
//
// Usage (from the repository root): go run vm/tools/gen_unicode/main.go > vm/src/runtime/unicode_tables.rs
package main

import (
	"fmt"
	"unicode"
)

func ranges(pred func(rune) bool) [][2]rune {
	var out [][2]rune
	start := rune(-1)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && pred(r)
		if in && start < 0 {
			start = r
		}
		if !in && start >= 0 {
			out = append(out, [2]rune{start, r - 1})
			start = -1
		}
	}
	return out
}

func table(name string, t *unicode.RangeTable) {
	emit(name, ranges(func(r rune) bool { return unicode.Is(t, r) }))
}

func emit(name string, rs [][2]rune) {
	fmt.Printf("pub static %s: &[(u32, u32)] = &[\n", name)
	for i, r := range rs {
		if i%4 == 0 {
			fmt.Print("   ")
		}
		fmt.Printf(" (0x%X, 0x%X),", r[0], r[1])
		if i%4 == 3 || i == len(rs)-1 {
			fmt.Println()
		}
	}
	fmt.Println("];")
	fmt.Println()
}

func main() {
	fmt.Println("//! Unicode tables for govm's `unicode` natives (Unicode " + unicode.Version + "),")
	fmt.Println("//! generated from the Go toolchain's own `unicode` package by")
	fmt.Println("//! `go run vm/tools/gen_unicode/main.go`; do not edit. Each category table is a")
	fmt.Println("//! sorted list of inclusive, disjoint rune ranges; `CASES` lists every rune whose")
	fmt.Println("//! simple case mappings or case-fold orbit successor differ from itself.")
	fmt.Println()
	fmt.Printf("pub const VERSION: &str = %q;\n\n", unicode.Version)
	table("LETTER", unicode.Letter)
	table("UPPER", unicode.Upper)
	table("LOWER", unicode.Lower)
	table("TITLE", unicode.Title)
	table("MARK", unicode.Mark)
	table("NUMBER", unicode.Number)
	table("DIGIT", unicode.Digit)
	table("PUNCT", unicode.Punct)
	table("SYMBOL", unicode.Symbol)
	table("SPACE_SEP", unicode.Zs)
	table("WHITE_SPACE", unicode.White_Space)
	type c struct{ r, up, lo, ti, fold rune }
	var cs []c
	for r := rune(0); r <= unicode.MaxRune; r++ {
		x := c{r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)}
		if x.up != r || x.lo != r || x.ti != r || x.fold != r {
			cs = append(cs, x)
		}
	}
	fmt.Println("/// (rune, upper, lower, title, SimpleFold) for every rune with a mapping.")
	fmt.Println("pub static CASES: &[(u32, u32, u32, u32, u32)] = &[")
	for _, x := range cs {
		fmt.Printf("    (0x%X, 0x%X, 0x%X, 0x%X, 0x%X),\n", x.r, x.up, x.lo, x.ti, x.fold)
	}
	fmt.Println("];")
}
