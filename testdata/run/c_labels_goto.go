package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "negative "
		fallthrough
	case n == 0:
		s += "small "
	case n > 100:
		s += "big "
	default:
		s += "medium "
	}
	switch n % 3 {
	case 0:
		s += "fizz"
	case 1, 2:
		s += "nofizz"
	}
	return s
}

func gcdGoto(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func primes(n int) []int {
	var out []int
next:
	for c := 2; len(out) < n; c++ {
		for _, p := range out {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue next
			}
		}
		out = append(out, c)
	}
	return out
}

func main() {
	grid := [][]int{{1, -1, 7}, {3, 7, 9}, {200, 7}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair([][]int{{500}, {9}}, 9))
	for _, n := range []int{-3, 0, 5, 300} {
		fmt.Println(n, classify(n))
	}
	fmt.Println(gcdGoto(48, 18), gcdGoto(17, 5))
	fmt.Println(primes(15))
	i := 0
	for {
		i++
		if i%2 == 0 {
			continue
		}
		if i > 9 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	ch := make(chan int)
	go func() {
		for k := 0; k < 5; k++ {
			ch <- k
		}
		close(ch)
	}()
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			fmt.Print("got", v, ";")
		}
	}
	fmt.Println()
	switch x := 5; {
	case x > 3:
		fmt.Println("x>3")
		if x == 5 {
			break
		}
		fmt.Println("unreachable")
	}
	var t interface{} = 2.5
	switch v := t.(type) {
	case int, int64:
		fmt.Printf("int-ish %T\n", v)
	case float64:
		fmt.Println("float", v*2)
	}
}
