// A ticker needs a positive interval; NewTicker(0) panics, exit code 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Tick(0) == nil)
	time.NewTicker(0)
}
