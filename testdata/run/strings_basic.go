// Strings: concatenation, += in a loop, comparison, string values in structs
// and functions, quoting with %q.
package main

import "fmt"

type Person struct {
	First, Last string
	Age         int
}

func (p Person) Full() string {
	return p.First + " " + p.Last
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	a := "Hello"
	b := "World"
	c := a + ", " + b + "!"
	fmt.Println(c)
	fmt.Println(repeat("ab", 5), repeat("x", 0) == "")
	fmt.Println(a == "Hello", a != b, a < b, "abc" < "abd", "ab" < "abc", "" < "a")
	var p Person
	p.First = "Ada"
	p.Last = "Lovelace"
	p.Age = 36
	fmt.Println(p.Full(), p.Age)
	fmt.Printf("%q %v\n", p.Full(), p)
	var empty string
	fmt.Printf("[%s][%q][%v]\n", empty, empty, empty == "")
	s := "日本語"
	fmt.Println(s, s+s)
	fmt.Printf("%s|%-8s|%8s|\n", s, "ok", "ok")
	msg := fmt.Sprintf("%s is %d", p.First, p.Age)
	fmt.Println(msg, msg == "Ada is 36")
}
