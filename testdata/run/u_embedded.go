package main

import "fmt"

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	fmt.Printf("[%s #%d] %s\n", l.prefix, l.lines, msg)
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("%d:%s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type User struct {
	Base
	*Logger
	Email string
}

type Admin struct {
	User
	Level int
}

func (a Admin) Describe() string {
	return "admin " + a.User.Describe() + fmt.Sprintf(" L%d", a.Level)
}

type Describer interface{ Describe() string }

func main() {
	lg := &Logger{prefix: "app"}
	u := User{Base{1, "alice"}, lg, "a@x.org"}
	u.Log("created " + u.Name)
	u.Rename("alicia")
	u.Log("renamed to " + u.Base.Name)
	fmt.Println(u.Describe(), u.ID, u.Email)

	ad := Admin{User: User{Base: Base{ID: 2, Name: "bob"}, Logger: lg}, Level: 3}
	ad.Log("admin here")
	fmt.Println(ad.Describe())
	fmt.Println(ad.User.Describe(), ad.Name, ad.User.Base.ID)
	ad.Rename("robert")
	fmt.Println(ad.Name, lg.lines)

	ds := []Describer{u, ad, &u, Base{9, "base"}}
	for _, d := range ds {
		fmt.Println(d.Describe())
	}
	fmt.Printf("%+v\n", u.Base)
	fmt.Printf("%v\n", ad.Base)

	anon := struct {
		Base
		Tags []string
	}{Base{5, "anon"}, []string{"x", "y"}}
	fmt.Println(anon.Describe(), anon.Tags, anon)
	p1 := Base{1, "a"}
	p2 := Base{1, "a"}
	fmt.Println(p1 == p2, p1 != Base{2, "a"})
}
