package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func findFirstNegative(rows [][]int) (int, int) {
	for i, row := range rows {
		for j, v := range row {
			if v < 0 {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	return -1, -1
done:
	return 0, 0
}

func retry(attempts int) (tries int, ok bool) {
	i := 0
again:
	i++
	if i < attempts {
		if i%3 != 0 {
			goto again
		}
		return i, true
	}
	return i, false
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	fmt.Println(findFirstNegative([][]int{{1, 2}, {3, -4}, {-5}}))
	fmt.Println(findFirstNegative([][]int{{1}}))
	fmt.Println(retry(10))
	fmt.Println(retry(2))
	n := 0
	i := 0
L:
	if i < 5 {
		n += i
		i++
		goto L
	}
	fmt.Println("sum", n)
}
