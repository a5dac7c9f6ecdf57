package main

func pair(a int, b string) {}

func variadic(format string, args ...int) {}

func results() (int, error) {
	return 1
}

func more() int {
	return 1, 2
}

func none() {
	return 3
}

func main() {
	pair(1)
	pair(1, "a", 3.5)
	variadic()
	variadic("x", 1, "b")
	results()
	more()
	none()
}
