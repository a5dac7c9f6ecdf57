// time.Now and time.Since around a Sleep: at least the slept duration elapses.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(40 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 40ms:", elapsed >= 40*time.Millisecond)
	fmt.Println("and less than 5s:", elapsed < 5*time.Second)
	zero := time.Since(time.Now())
	fmt.Println("since now is small:", zero < time.Second, zero >= 0)
}
