package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Ptr   *Point
	Inner Point
	Any   interface{}
}

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+5d][%x][%X][%#x][%o][%#o][%b]\n", 42, 42, 42, 42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("[%8.3f][%-8.2f][%08.2f][%.0f][%e][%E][%g][%G]\n", 3.14159, 2.5, -1.5, 2.5, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("[%s][%10s][%-10s][%.2s][%q][%x][% x][%X]\n", "go", "go", "go", "golang", "a\"b", "hi", "hi", "hi")
	fmt.Printf("[%c][%c][%U][%q][%d]\n", 'G', 0x4E16, 0x4E16, 'x', 'x')
	fmt.Printf("[%t][%6t][%v]\n", true, false, true)
	p := Point{1, -2}
	fmt.Printf("[%v][%+v][%#v][%T]\n", p, p, p, p)
	fmt.Printf("[%v][%+v]\n", &p, &p)
	n := Named{Name: "n", Tags: []string{"a", "b"}, Ptr: nil, Inner: Point{3, 4}, Any: 7}
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("[%v][%d][%s][%q]\n", []int{1, 2}, []int{3, 4}, []string{"x", "y"}, []string{"x", "y"})
	fmt.Printf("[%v][%v][%v]\n", []bool{true}, []float64{1, 2.5, 1e6}, [][]int{{1, 2}, {3, 4}})
	var ip *int
	var e error
	var any interface{}
	fmt.Printf("[%v][%v][%v][%d]\n", ip, e, any, []int(nil))
	fmt.Printf("[%T][%T][%T][%T][%T]\n", 1, 2.0, "s", 'r', nil)
	fmt.Printf("[%T][%T][%T][%T]\n", []int{}, [][]string{}, &p, func(int) string { return "" })
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("[%*d][%-*d]\n", 6, 7, 4, 8)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(fmt.Sprintf("%6.2f%%", 99.5), fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", 1, "\n")
	var u8 uint8 = 200
	var i64 int64 = -1 << 40
	fmt.Println(u8, i64, uint64(1<<63), 1e100, 1e-5, 100000000.0, 123456789.0, float32(0.1), 0.1+0.2)
}
