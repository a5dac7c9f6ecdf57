// panic with a value of a named string type prints main.T("...").
package main

type Status string

func main() {
	panic(Status("degraded"))
}
