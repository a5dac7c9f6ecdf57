package main

import "fmt"

func get(vals []interface{}, i int) int {
	return vals[i].(int)
}

func main() {
	vals := []interface{}{1, "two", 3.0}
	fmt.Println(get(vals, 0))
	fmt.Println(get(vals, 1))
}
