// check: custom=say
// Seed program "Concurrent Function Execution" from shared/seed/goroutines.md.
// Go guarantees 3 "hello"; "world" is printed 2 or 3 times depending on
// whether the goroutine's last print beats main's return.
package main

import (
	"fmt"
	"time"
)

func say(s string) {
	for i := 0; i < 3; i++ {
		time.Sleep(100 * time.Millisecond)
		fmt.Println(s)
	}
}

func main() {
	go say("world")
	say("hello")
}
