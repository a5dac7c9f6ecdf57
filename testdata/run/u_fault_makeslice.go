package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	sizes := []int{4, 0, -1}
	for _, s := range sizes {
		b := buffer(s)
		fmt.Println("allocated", len(b))
	}
}
