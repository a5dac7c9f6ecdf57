package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

type Service struct {
	cfg *Config
}

func (s *Service) Retries() int {
	return s.cfg.Retries
}

func main() {
	s1 := &Service{cfg: &Config{"a", 3}}
	fmt.Println(s1.Retries())
	s2 := &Service{}
	fmt.Println(s2.Retries())
}
