package main

type T struct{}

type P *T

func (p P) M() {}

func (i int) Double() int { return i * 2 }

func (s string) Len() int { return 0 }

type I interface{ M() }

func (x I) N() {}

func (t T) Dup() {}
func (t *T) Dup() {}

func (t **T) Deep() {}

func main() {}
