// A panic after a lot of buffered output: all of stdout must still appear.
package main

import "fmt"

func main() {
	for i := 0; i < 2000; i++ {
		fmt.Printf("line %d\n", i)
	}
	var p *int
	fmt.Println(*p)
}
