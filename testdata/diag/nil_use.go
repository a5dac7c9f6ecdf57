package main

func main() {
	x := nil
	var y = nil
	var n int = nil
	if nil == nil {
	}
	var s string
	s = nil
	_, _, _ = y, n, s
}
