package main

import "fmt"

type Registry struct {
	byName map[string][]string
}

func (r *Registry) Add(k, v string) {
	r.byName[k] = append(r.byName[k], v)
}

func main() {
	r := Registry{}
	fmt.Println(len(r.byName["x"]), r.byName == nil)
	r.Add("a", "b")
}
