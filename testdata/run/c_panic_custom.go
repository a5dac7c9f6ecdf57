package main

import (
	"fmt"
	"os"
)

type ConfigError struct {
	Key  string
	Line int
}

func (c *ConfigError) Error() string {
	return fmt.Sprintf("config: bad key %q at line %d", c.Key, c.Line)
}

func load(lines []string) {
	defer fmt.Println("load: deferred cleanup runs")
	for i, l := range lines {
		if l == "" {
			panic(&ConfigError{Key: "<empty>", Line: i + 1})
		}
	}
}

func main() {
	fmt.Fprintln(os.Stderr, "starting")
	load([]string{"a=1", "b=2"})
	fmt.Println("first ok")
	load([]string{"a=1", ""})
	fmt.Println("never")
}
