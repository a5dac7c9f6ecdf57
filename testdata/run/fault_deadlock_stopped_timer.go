// A pending timer keeps a program alive, a stopped one does not: after Stop,
// waiting on the timer's channel can never end. Expectation reasoned, not from
// Go 1.19: Go's runtime keeps a stopped timer in its heap until its deadline and
// only then reports the deadlock (here after an hour); govm's detection is exact
// and reports it at once, with the same message and exit code 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired")
	t.Reset(time.Hour)
	fmt.Println("stopped:", t.Stop())
	<-t.C
}
