package main

import "fmt"

type Object []Field

type Field struct {
	Key   string
	Value interface{}
}

type Raw string

func quote(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"', '\\':
			out = append(out, '\\', c)
		case '\n':
			out = append(out, '\\', 'n')
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

func encode(v interface{}, indent string) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int, int64:
		return fmt.Sprintf("%d", x)
	case float64:
		return fmt.Sprintf("%g", x)
	case string:
		return quote(x)
	case Raw:
		return string(x)
	case fmt.Stringer:
		return quote(x.String())
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		s := "["
		for i, e := range x {
			if i > 0 {
				s += ", "
			}
			s += encode(e, indent)
		}
		return s + "]"
	case Object:
		s := "{\n"
		for i, f := range x {
			s += indent + "  " + quote(f.Key) + ": " + encode(f.Value, indent+"  ")
			if i < len(x)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent + "}"
	case error:
		return quote("error: " + x.Error())
	default:
		return fmt.Sprintf("\"<unsupported %T>\"", x)
	}
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type oops struct{}

func (oops) Error() string { return "oops" }

func main() {
	doc := Object{
		{"name", "widget \"deluxe\""},
		{"count", 3},
		{"big", int64(1) << 40},
		{"price", 9.99},
		{"tags", []interface{}{"a", 1, true, nil}},
		{"empty", []interface{}{}},
		{"version", Version{1, 2}},
		{"nested", Object{{"ok", false}, {"raw", Raw("[1,2]")}}},
		{"err", oops{}},
		{"ch", 'x'},
		{"multi\nline", 1.5e-7},
	}
	fmt.Println(encode(doc, ""))
}
