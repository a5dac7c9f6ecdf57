package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func loop(x int) int {
	for x > 0 {
		return x
	}
}

func sw(x int) string {
	switch x {
	case 1:
		return "one"
	}
}

func ok(x int) int {
	for {
	}
}

func ok2(x int) int {
	panic("no")
}

func main() {
	_, _, _, _, _ = sign(1), loop(1), sw(1), ok(1), ok2(1)
}
