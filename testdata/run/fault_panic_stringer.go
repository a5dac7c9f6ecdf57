// panic with a fmt.Stringer prints its String() text.
package main

type Color int

func (c Color) String() string {
	return [...]string{"red", "green", "blue"}[c]
}

func main() {
	panic(Color(2))
}
