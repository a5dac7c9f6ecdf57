package main

import (
	"fmt"
	"os"
)

type check struct {
	name string
	ok   bool
}

func runChecks() []check {
	return []check{{"disk", true}, {"net", false}, {"cpu", true}}
}

func main() {
	defer fmt.Println("this deferred print never runs")
	failed := 0
	for _, c := range runChecks() {
		status := "ok"
		if !c.ok {
			status = "FAIL"
			failed++
			fmt.Fprintln(os.Stderr, "check failed:", c.name)
		}
		fmt.Printf("%-5s %s\n", c.name, status)
	}
	if failed > 0 {
		fmt.Fprintf(os.Stdout, "%d check(s) failed\n", failed)
		os.Exit(3)
	}
	fmt.Println("all good")
}
