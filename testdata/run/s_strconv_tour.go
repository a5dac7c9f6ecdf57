package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("Hello, 世界\n\t\"x\"\x00\u00a0\U0001F600"), strconv.QuoteToASCII("世界\n"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.Quote("\xff\a\b\f\r\v\\"), strconv.QuoteToGraphic("\u00a0x"))
	for _, s := range []string{`"abc\n"`, "`raw`", `'x'`, `"bad`, `"\q"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	fs := []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456789.125, 0.1, 2.5e-300, 1.0 / 3}
	for _, f := range fs {
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			fmt.Print(strconv.FormatFloat(f, fm, -1, 64), " ")
		}
		fmt.Println()
		for _, fm := range []byte{'e', 'f', 'g', 'x'} {
			fmt.Print(strconv.FormatFloat(f, fm, 3, 64), " ", strconv.FormatFloat(f, fm, 0, 32), " ")
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36), strconv.Itoa(-42))
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"42", 10, 64}, {"-0x1f", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"", 10, 64}, {"12a", 10, 64}, {"9223372036854775808", 10, 64}, {"7", 1, 64}, {"7", 40, 64}, {"ff", 16, 65}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(v, err)
	}
	for _, s := range []string{"42", "-1", "18446744073709551615", "18446744073709551616", "0x10"} {
		v, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(v, err)
	}
	for _, s := range []string{"123", " 1", "1.5", "-", "99999999999999999999", "+7"} {
		v, err := strconv.Atoi(s)
		fmt.Println(v, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  ", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		}
	}
	for _, s := range []string{"3.14", "1e400", "-1e-400", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "abc", ".5", "1e", "+.5e+2"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(v, err)
	}
	v32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(v32, err)
	for _, s := range []string{"true", "F", "1", "yes", "TRUE", "t"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.AppendInt([]byte("x="), 42, 10), string(strconv.AppendQuote(nil, "q")))
	fmt.Println(strconv.QuoteRuneToGraphic(0xa0), strconv.QuoteRuneToGraphic(7), string(strconv.AppendQuoteToGraphic([]byte("g:"), "\u2028\u3000\xfe\t")), string(strconv.AppendQuoteToASCII(nil, "é")), string(strconv.AppendQuoteRuneToASCII(nil, 0x1F600)))
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.IsPrint('a'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
}
