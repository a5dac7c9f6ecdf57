package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type User struct {
	ID        int       `json:"id"`
	Name      string    `json:"name,omitempty"`
	CreatedAt time.Time `json:"-"`
	admin     bool
}

type Flag bool

func divmod(a, b int) (q, r int) { return a / b, a % b }

func describe(q, r int) string { return fmt.Sprintf("q=%d r=%d", q, r) }

func variadicSum(prefix string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprint(prefix, t)
}

func main() {
	π := 3.14159
	größe := 2
	fmt.Println(π*float64(größe), größe)
	c := Celsius(100)
	fmt.Printf("%.1f %.1f %T\n", c.ToF(), c.ToF().ToC(), c.ToF())
	temps := []Celsius{-40, 0, 37}
	for _, t := range temps {
		fmt.Printf("%6.1f°C = %6.1f°F\n", t, t.ToF())
	}
	u := User{ID: 1, Name: "ann"}
	fmt.Printf("%v %+v\n", u.ID, u.Name)
	fmt.Println(describe(divmod(17, 5)))
	var f Flag = 3 > 2
	fmt.Println(f, !f)
	switch true {
	case π > 3 && größe == 2:
		fmt.Println("both")
	}
	switch {
	}
	fmt.Println(variadicSum("sum=", 1, 2, 3), variadicSum("none="))
	x := 10
	ptr := &x
	pp := &ptr
	**pp = 20
	fmt.Println(x, *ptr == **pp)
	type local struct{ a, b int }
	ls := []local{{1, 2}, {3, 4}}
	ps := []*local{{5, 6}, &ls[0]}
	ps[1].a = 100
	fmt.Println(ls, *ps[0], len(ps))
	matrix := [][]float64{
		{1, 2},
		{3, 4},
	}
	fmt.Println(matrix, len(matrix[0]))
	const (
		big   = 1 << 100
		small = big >> 98
	)
	fmt.Println(small, big/(1<<99))
	var (
		a, b = 1, "two"
		d    float64
	)
	fmt.Println(a, b, d)
	fn := func(fs ...func() int) (n int) {
		for _, f := range fs {
			n += f()
		}
		return
	}
	fmt.Println(fn(func() int { return 1 }, func() int { return 2 }))
	if v := x / 2; v > 5 {
		fmt.Println("half", v)
	}
	label := map[bool]string{true: "yes", false: "no"}[x > 5]
	fmt.Println(label)
	fmt.Println(struct{ A, B int }{1, 2}, []struct{}{{}, {}}, [0]int{})
	var iface interface {
		ToF() Fahrenheit
	} = c
	fmt.Println(iface.ToF())
}
