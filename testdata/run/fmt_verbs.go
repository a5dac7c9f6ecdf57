// fmt verbs %v %d %s %q %f %.Nf %t %x %c %T %%, widths and the '-' flag,
// and the spacing rules of Print, Println, Sprint and Sprintln.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Score float64
	OK    bool
}

func main() {
	n := 42
	f := 3.14159
	s := "go"
	t := true
	fmt.Printf("%v %v %v %v\n", n, f, s, t)
	fmt.Printf("%d %d %d\n", n, -n, 0)
	fmt.Printf("%s|%q|%q\n", s, s, "a \"quoted\"\tline\n")
	fmt.Printf("%f %.2f %.0f %.3f\n", f, f, f, 2.0/3)
	fmt.Printf("%t %t\n", t, !t)
	fmt.Printf("%x %x %x\n", 255, 4096, -255)
	fmt.Printf("%x\n", "hi")
	fmt.Printf("%c%c%c\n", 71, 111, 0x263A)
	fmt.Printf("%T %T %T %T\n", n, f, s, t)
	var p Point
	p.X = 1
	p.Y = 2
	var nm Named
	nm.Name = "ann"
	nm.Score = 9.5
	fmt.Printf("%T %T %v %v\n", p, &p, p, &p)
	fmt.Printf("%v %T\n", nm, nm)
	var i8 int8 = -5
	var u uint = 7
	var i64 int64 = 1 << 40
	fmt.Printf("%T %T %T %v %v %v\n", i8, u, i64, i8, u, i64)
	fmt.Printf("100%%\n")

	// Widths and left alignment.
	fmt.Printf("[%5d][%-5d][%2d]\n", 42, 42, 12345)
	fmt.Printf("[%8s][%-8s][%1s]\n", "right", "left", "wide")
	fmt.Printf("[%8.2f][%-8.2f][%6.1f]\n", f, f, -f)
	fmt.Printf("[%6t][%-6t]\n", true, false)
	fmt.Printf("[%6x][%-6x]\n", 255, 255)
	fmt.Printf("[%4c][%-4c]\n", 'x', 'y')
	fmt.Printf("[%10v][%-10v]\n", p, p)
	fmt.Printf("[%8q]\n", "q")
	fmt.Printf("%-4s|%4s|\n", "ab", "cd")

	// Floats printed with %v use the shortest representation.
	fmt.Println(1.0, 2.5, 1e6, 1e21, 123456789.0, 0.000001, 1e-7, 100.0/3)
	fmt.Println(float64(7), -0.5, 3.0e10)

	// Print adds spaces between operands when neither is a string.
	fmt.Print("a", 1, 2, "b", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Println("a", 1, 2, "b")
	s1 := fmt.Sprint("x", 1, 2, true, "y")
	s2 := fmt.Sprintln("x", 1, 2, true, "y")
	s3 := fmt.Sprintf("%d-%s", 7, "seven")
	fmt.Print(s1, "|", s2)
	fmt.Println(s3, len3(s3))
	fmt.Println()
	fmt.Println(fmt.Sprint(), fmt.Sprint(3.5, 4.5))

	// Wrong verbs and argument counts are reported in the output, like Go.
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
}

func len3(s string) string {
	return s + s + s
}
