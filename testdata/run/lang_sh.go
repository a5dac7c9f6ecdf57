// Untyped constants in non-constant shifts take their type from the context.
package main

import "fmt"

type Perm uint8

func main() {
	var p Perm = 5
	i := 2
	n := 3
	var x int64 = 1 << n
	y := 1 << n
	var f float64 = 2
	fmt.Println(p&(1<<uint(i)) != 0, p&(1<<i), x, y, 1<<n, f)
	var b uint8 = 1 << 7 >> n
	fmt.Println(b, uint8(1)<<n<<5)
}
