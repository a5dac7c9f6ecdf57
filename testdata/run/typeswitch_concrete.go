// Type switches and assertions to concrete types, with bindings.
package main

import "fmt"

type Celsius float64

type point struct{ x, y int }

func describe(v any) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", t+1)
	case string:
		return "string " + t
	case Celsius:
		return fmt.Sprintf("%.1f degrees", float64(t))
	case point:
		return fmt.Sprintf("point %d,%d", t.x, t.y)
	case *point:
		t.x++
		return fmt.Sprintf("pointer to point %d", t.x)
	case bool, float64:
		return fmt.Sprintf("bool or float %v", t)
	default:
		return fmt.Sprintf("other %T", t)
	}
}

func main() {
	p := &point{1, 2}
	values := []any{nil, 41, "go", Celsius(21.5), point{3, 4}, p, true, 2.5, int8(3), []int{1}}
	for i, v := range values {
		fmt.Println(i, describe(v))
	}
	fmt.Println(p.x)
	var x any = "hello"
	s, ok := x.(string)
	n, ok2 := x.(int)
	fmt.Println(s, ok, n, ok2)
	switch x.(type) {
	case int:
		fmt.Println("int")
	default:
		fmt.Println("not int")
	}
}
