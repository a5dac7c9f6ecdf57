package main

func main() {
	x := 2
	switch x {
	case 1, 2:
	case 2:
	case 3, 1:
	}
	m := map[string]int{
		"a": 1,
		"b": 2,
		"a": 3,
	}
	s := []int{0: 1, 1: 2, 0: 3}
	switch {
	case true:
	case true:
	}
	_, _ = m, s
}
