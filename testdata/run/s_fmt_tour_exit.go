package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type secret string

func (s secret) GoString() string { return `secret("***")` }

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type notFound struct{ name string }

func (e *notFound) Error() string { return e.name + ": not found" }

func lookup(name string) error {
	if name == "" {
		return errors.New("empty name")
	}
	return fmt.Errorf("lookup %q: %w", name, &notFound{name})
}

func main() {
	var name string
	var age int
	var score float64
	n, err := fmt.Sscanf("alice 30 91.5", "%s %d %f", &name, &age, &score)
	fmt.Println(n, err, name, age, score)
	var a, b int
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	var w1, w2 string
	var k int
	n, err = fmt.Sscan("hello world\n 42", &w1, &w2, &k)
	fmt.Println(n, err, w1, w2, k)
	n, err = fmt.Sscanf("x", "%d", &k)
	fmt.Println(n, err)
	var hx int
	var ch rune
	fmt.Sscanf("ff Z", "%x %c", &hx, &ch)
	fmt.Println(hx, string(ch))
	var s1, s2 string
	n, err = fmt.Sscanln("one two", &s1, &s2)
	fmt.Println(n, err, s1, s2)

	err = lookup("bob")
	fmt.Println(err)
	var nf *notFound
	fmt.Println(errors.As(err, &nf), nf.name, errors.Unwrap(err) == error(nf))
	fmt.Println(lookup(""))
	e2 := fmt.Errorf("wrap twice: %w", err)
	fmt.Println(e2, errors.Is(e2, nf))

	fmt.Printf("[%*d] [%-*d] [%.*f] [%*s]\n", 6, 42, 6, 42, 2, 3.14159, -8, "left")
	fmt.Printf("%v %s %d %+v %#v\n", point{1, 2}, point{3, 4}, point{5, 6}, point{7, 8}, point{9, 10})
	fmt.Printf("%v %#v %s\n", secret("pw"), secret("pw"), secret("pw"))
	fmt.Printf("%v %.2f %s\n", temp(21.55), temp(21.55), []temp{1, 2})
	fmt.Printf("%#v %#v %#v %#v\n", []int{1, 2}, map[string]int{"a": 1}, "q", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%T %T %T %T\n", point{}, &point{}, secret(""), lookup)
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%b|%e|%g|%q|%U|%c\n", 3.14159, 5, 255, 255, 8, 5, 1234.5678, 0.000012, 'x', 'x', 'y')
	fmt.Printf("%6.2f%%|%-8s|%8s|%v|%t\n", 99.5, "ab", "cd", nil, true)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))

	fmt.Println(len(os.Args) >= 1, os.Getenv("S_NO_SUCH_VAR") == "")

	counts := map[string]int{}
	for _, r := range "Hello, World! 123 ñ" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(string(unicode.ToUpper('ñ')), string(unicode.ToLower('Ä')), unicode.IsLetter('é'))
	title := strings.Map(func(r rune) rune { return unicode.ToTitle(r) }, "go")
	fmt.Println(title)
	defer fmt.Println("deferred: not printed by os.Exit")
	fmt.Fprintln(os.Stderr, "exiting with 3")
	os.Exit(3)
}
