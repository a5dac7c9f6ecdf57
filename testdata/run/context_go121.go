// context additions after Go 1.19: WithCancelCause/Cause (Go 1.20) and
// AfterFunc (Go 1.21). Expected output reasoned from the current spec (Go 1.19
// cannot build this program).
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	bg := context.Background()
	cctx, ccancel := context.WithCancelCause(bg)
	fmt.Println(cctx.Err(), context.Cause(cctx))
	ccancel(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	child, cancelChild := context.WithCancel(cctx)
	defer cancelChild()
	fmt.Println(child.Err(), context.Cause(child))
	actx, acancel := context.WithCancel(bg)
	done := make(chan bool)
	stop := context.AfterFunc(actx, func() { done <- true })
	acancel()
	fmt.Println(<-done, stop())
	bctx, bcancel := context.WithCancel(bg)
	stop2 := context.AfterFunc(bctx, func() { fmt.Println("never runs") })
	fmt.Println(stop2(), stop2())
	bcancel()
}
