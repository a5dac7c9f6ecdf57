// The print/println built-ins write Go's built-in format to stderr.
package main

func main() {
	println("hi", 42, -7, true, 1.5, uint8(200))
	print("a", "b", 3, "\n")
	println()
	println(0.000123, -2.5e10)
}
