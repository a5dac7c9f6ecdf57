// panic with a named float prints it in the runtime's float format.
package main

type Celsius float64

func main() {
	panic(Celsius(-40.5))
}
