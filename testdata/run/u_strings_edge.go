package main

import "fmt"

func countRunes(s string) (runes, bad int) {
	for _, r := range s {
		runes++
		if r == '\uFFFD' {
			bad++
		}
	}
	return
}

func hexdump(s string) string {
	out := ""
	for i := 0; i < len(s); i++ {
		if i > 0 {
			out += " "
		}
		out += fmt.Sprintf("%02x", s[i])
	}
	return out
}

func main() {
	s := "a\tb\x41\u00e9\101\\\"'"
	fmt.Println(s, len(s))
	fmt.Println(hexdump(s))
	raw := `C:\path\n
second line`
	fmt.Println(raw, len(raw))
	bad := "ok\xffno\xc3"
	fmt.Println(countRunes(bad))
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Printf("%q %+q %x\n", bad, "é", "é")
	fmt.Println(string(rune(0x1F600)), string(rune(-1)), len(string(rune(0x10FFFF+1))))
	b := []byte("héllo")
	fmt.Println(len(b), b[1], b[2], string(b[1:3]))
	r := []rune("héllo")
	fmt.Println(len(r), r[1], string(r[1:3]))
	acc := ""
	for i := 0; i < 10; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, acc[3:7], acc[:0] == "", acc[9:])
	x, y := "apple", "apricot"
	fmt.Println(x < y, x > y, x == "app"+"le", x+y)
	var empty string
	fmt.Printf("%q %d %v\n", empty, len(empty), empty == "")
	t := s
	t += "!"
	fmt.Println(len(s), len(t))
	multi := "line1\nline2\nline3"
	lines := 0
	start := 0
	for i := 0; i <= len(multi); i++ {
		if i == len(multi) || multi[i] == '\n' {
			fmt.Printf("line %d: %s\n", lines, multi[start:i])
			lines++
			start = i + 1
		}
	}
	fmt.Println(string([]byte{104, 105}), []byte("hi"), []rune("hi"))
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%c|%c|%v\n", 'A', 'é', 'A')
	fmt.Printf("%5.1s|%-5s|%05s\n", "xyz", "ab", "7")
}
