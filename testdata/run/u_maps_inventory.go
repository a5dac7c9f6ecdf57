package main

import "fmt"

type Product struct {
	Name  string
	Price int
	Tags  []string
}

type Store struct {
	products map[string]*Product
	stock    map[string]int
	byTag    map[string][]string
}

func NewStore() *Store {
	return &Store{
		products: make(map[string]*Product),
		stock:    map[string]int{},
		byTag:    make(map[string][]string, 10),
	}
}

func (s *Store) Add(p *Product, qty int) {
	if _, exists := s.products[p.Name]; !exists {
		for _, t := range p.Tags {
			s.byTag[t] = append(s.byTag[t], p.Name)
		}
	}
	s.products[p.Name] = p
	s.stock[p.Name] += qty
}

func (s *Store) Sell(name string, qty int) error {
	have, ok := s.stock[name]
	switch {
	case !ok:
		return fmt.Errorf("unknown product %q", name)
	case have < qty:
		return fmt.Errorf("only %d %s left", have, name)
	}
	s.stock[name] -= qty
	if s.stock[name] == 0 {
		delete(s.stock, name)
	}
	return nil
}

func (s *Store) Value() (total int) {
	for name, qty := range s.stock {
		total += s.products[name].Price * qty
	}
	return
}

func main() {
	st := NewStore()
	st.Add(&Product{"apple", 3, []string{"fruit", "red"}}, 10)
	st.Add(&Product{"cherry", 10, []string{"fruit", "red"}}, 5)
	st.Add(&Product{"kale", 4, []string{"veg", "green"}}, 2)
	st.Add(&Product{"apple", 3, []string{"fruit", "red"}}, 5)
	fmt.Println("stock:", st.stock)
	fmt.Println("by tag:", st.byTag)
	fmt.Println("value:", st.Value())
	for _, sale := range []struct {
		name string
		qty  int
	}{{"apple", 4}, {"kale", 2}, {"kale", 1}, {"mango", 1}, {"cherry", 9}} {
		if err := st.Sell(sale.name, sale.qty); err != nil {
			fmt.Println("sale failed:", err)
		} else {
			fmt.Println("sold", sale.qty, sale.name)
		}
	}
	fmt.Println("stock:", st.stock, len(st.stock))
	st.products["apple"].Price = 4
	fmt.Println("value:", st.Value())
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]), nested["q"]["r"])
	fm := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(fm, bm)
	type pt struct{ X, Y int }
	visited := map[pt]bool{}
	for i := 0; i < 3; i++ {
		visited[pt{i, i * i}] = true
	}
	fmt.Println(visited, visited[pt{2, 4}])
	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(len(im), im[1], im["1"], im[1.0])
	for k := range st.stock {
		delete(st.stock, k)
	}
	fmt.Println(st.stock, len(st.stock))
	fmt.Printf("%v %+v %#v\n", bm, map[string]int{"k": 1}, map[string]int{"k": 1})
}
