// A map with interface keys panics when a key's dynamic type is not comparable.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["two"] = 2
	fmt.Println(len(m))
	var k interface{} = []int{1, 2}
	m[k] = 3
	fmt.Println("unreachable")
}
