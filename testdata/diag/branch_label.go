package main

func main() {
	break
	continue
	if true {
		break
	}
unused:
	for i := 0; i < 2; i++ {
	}
outer:
	for {
		break outer
	}
	for {
		continue missing
	}
}
