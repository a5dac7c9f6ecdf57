package main

import "fmt"

func window(data []int, start, size int) []int {
	return data[start : start+size : start+size]
}

func main() {
	data := make([]int, 5, 8)
	fmt.Println(len(window(data, 1, 2)), cap(window(data, 1, 2)))
	fmt.Println(window(data, 6, 3))
}
