// Remainder by zero is the same runtime error as division by zero.
package main

import "fmt"

func main() {
	zero := 0
	for i := 3; i >= 0; i-- {
		fmt.Println(10 % (i - zero))
	}
}
