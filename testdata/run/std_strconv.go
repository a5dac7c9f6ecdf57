package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-987654321), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	for _, s := range []string{"42", "-17", "+8", "", "x", "12a", "-", "99999999999999999999", "9223372036854775807", "-9223372036854775808", "9223372036854775808", " 1", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1__0", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8}, {"z", 36, 64}, {"10", 1, 64}, {"10", 10, 65}, {"", 10, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		u, err := strconv.ParseUint(s, 10, 8)
		u2, err2 := strconv.ParseUint(s, 10, 64)
		fmt.Println(u, err, u2, err2)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(math.MaxUint64, 36), strconv.FormatInt(0, 8))
	fmt.Println(string(strconv.AppendInt([]byte("n="), -42, 10)), string(strconv.AppendUint(nil, 7, 2)))
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "abc", "0x1p-2", ".5", "1_0.5", "4.9e-324"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.1415926535", 32)
	fmt.Println(f32, err)
	for _, f := range []float64{3.14159, 1e21, 1e-7, 0, -2.5, 100, 123456789.125, math.Inf(-1), math.NaN()} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'G', 4, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatFloat(0.1, 'b', -1, 64), strconv.FormatFloat(0.1, 'x', -1, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("f:"), 2.75, 'f', 1, 64)))
	fmt.Println(strconv.Quote("Hello, 世界\n\t\"q\"\x00\xff"), strconv.QuoteToASCII("Hello, 世界"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(string(strconv.AppendQuote([]byte("q:"), "x")), strconv.CanBackquote("a`b"), strconv.CanBackquote("plain"))
	for _, s := range []string{`"hello\tworld"`, "`raw\\n`", `'x'`, `'\u00e9'`, `"\x41\101\u263a"`, `"unterminated`, `'ab'`, `hello`, `"a"b"`, `""`, `"\q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263aabc`, '"')
	fmt.Println(v, mb, tail, err)
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "0", "yes", "True", "tRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), string(strconv.AppendBool(nil, true)))
	_, err = strconv.Atoi("nope")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("1000", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsPrint('\t'), strconv.IntSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(1, 40)
}
