package main

func init(x int) {}

func init() int { return 0 }

func main(args []string) int {
	init()
	return 0
}
