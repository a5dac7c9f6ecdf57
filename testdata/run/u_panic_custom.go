package main

import (
	"errors"
	"fmt"
)

type Config struct {
	Name  string
	Level int
}

func validate(c Config) error {
	if c.Level > 3 {
		return errors.New("level too high")
	}
	return nil
}

func main() {
	cfgs := []Config{{"a", 1}, {"b", 5}}
	for _, c := range cfgs {
		if err := validate(c); err != nil {
			fmt.Println("invalid config", c.Name)
			panic(err)
		}
		fmt.Println("ok", c.Name)
	}
}
