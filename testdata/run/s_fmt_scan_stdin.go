// stdin: 3\n10 20 30\nalice 4.5\nbob 3\n\nx y\n
package main

// A small calculator that reads its input with fmt.Scan / Scanln / Fscan, as
// competitive-programming style programs do.

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("error:", err)
		return
	}
	sum := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Scan(&v)
		sum += v
	}
	fmt.Println("n =", n, "sum =", sum)
	in := bufio.NewReader(os.Stdin)
	for {
		var name string
		var score float64
		k, err := fmt.Fscanln(in, &name, &score)
		if err != nil {
			fmt.Println("stop:", k, err)
			break
		}
		fmt.Printf("%s scored %.1f\n", name, score)
	}
	var a, b string
	k, err := fmt.Fscanf(in, "%s %s\n", &a, &b)
	fmt.Println(k, err, a, b)
	k, err = fmt.Fscan(in, &a)
	fmt.Println(k, err)
}
