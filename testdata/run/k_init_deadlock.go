// Package initialization that waits on goroutines: the first loader works
// (init may start goroutines and wait for them), the second forgets to send
// on an error path, so the main goroutine blocks forever while still
// initializing; Go reports the deadlock with main "locked to thread".
package main

import (
	"fmt"
	"strings"
)

var config = loadConfig("name=demo;workers=4")

func loadConfig(src string) map[string]string {
	out := make(chan map[string]string)
	go func() {
		m := map[string]string{}
		for _, kv := range strings.Split(src, ";") {
			parts := strings.SplitN(kv, "=", 2)
			m[parts[0]] = parts[1]
		}
		out <- m
	}()
	return <-out
}

var plugins []string

func init() {
	fmt.Println("config:", config["name"], config["workers"])
	results := make(chan string)
	for _, p := range []string{"auth", "cache", ""} {
		go func(p string) {
			if p == "" {
				return // bug: no send on this path
			}
			results <- "plugin " + p
		}(p)
	}
	for i := 0; i < 3; i++ {
		plugins = append(plugins, <-results)
	}
}

func main() {
	fmt.Println("plugins:", plugins)
}
