package main

func f() {
	var x int =
}

func h()
{
}

func g() {
	for i := 0; i < 3 i++ {
	}
}

func main() {
	f(
	h()
}
