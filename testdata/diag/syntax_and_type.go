package main

func main() {
	var a int = "x"
	b := 
}
