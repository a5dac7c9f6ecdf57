// Promoted methods through embedded structs and pointers, in interfaces.
package main

import "fmt"

type Base struct{ Name string }

func (b Base) Describe() string   { return "base " + b.Name }
func (b *Base) Rename(n string)   { b.Name = n }
func (b Base) String() string     { return "<" + b.Name + ">" }

type User struct {
	Base
	Email string
}

type Admin struct {
	*Base
	Level int
}

type Describer interface{ Describe() string }
type Renamer interface{ Rename(string) }

func main() {
	u := User{Base{"ann"}, "a@x"}
	var d Describer = u
	fmt.Println(u.Describe(), d.Describe())
	var r Renamer = &u
	r.Rename("bob")
	fmt.Println(u.Name, u)
	a := Admin{&Base{"x"}, 1}
	var r2 Renamer = a
	r2.Rename("z")
	fmt.Println(a.Name, a.Describe())
	var d2 Describer = &a
	fmt.Println(d2.Describe())
}
