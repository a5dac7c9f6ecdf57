package main

import "fmt"

type Category int

const (
	Tools Category = iota
	Food
	Toys
	Books
)

func (c Category) Name() string {
	switch c {
	case Tools:
		return "tools"
	case Food:
		return "food"
	case Toys:
		return "toys"
	}
	return "other"
}

type Item struct {
	Name     string
	Price    float64
	Qty      int
	Category Category
}

type Inventory struct {
	items [8]Item
	n     int
	total float64
}

func (inv *Inventory) Add(name string, price float64, qty int, c Category) bool {
	if inv.n >= len(inv.items) {
		return false
	}
	inv.items[inv.n] = Item{Name: name, Price: price, Qty: qty, Category: c}
	inv.n++
	inv.total += price * float64(qty)
	return true
}

func (inv Inventory) Value() float64 {
	return inv.total
}

func (inv *Inventory) Restock(name string, qty int) (int, bool) {
	for i := 0; i < inv.n; i++ {
		it := &inv.items[i]
		if it.Name == name {
			it.Qty += qty
			inv.total += it.Price * float64(qty)
			return it.Qty, true
		}
	}
	return 0, false
}

func main() {
	var inv Inventory
	inv.Add("hammer", 12.5, 3, Tools)
	inv.Add("apple", 0.4, 100, Food)
	inv.Add("robot", 49.99, 2, Toys)
	inv.Add("novel", 8.75, 5, Books)

	fmt.Printf("%-10s|%8s|%5s|%-6s\n", "name", "price", "qty", "cat")
	for i := 0; i < inv.n; i++ {
		it := inv.items[i]
		fmt.Printf("%-10s|%8.2f|%5d|%-6s\n", it.Name, it.Price, it.Qty, it.Category.Name())
	}
	fmt.Printf("total value: %.2f\n", inv.Value())

	if q, ok := inv.Restock("apple", 50); ok {
		fmt.Println("apples now", q)
	}
	if _, ok := inv.Restock("pear", 1); !ok {
		fmt.Println("no pears")
	}
	fmt.Printf("total value: %.3f\n", inv.Value())
	copyInv := inv
	copyInv.Add("saw", 20, 1, Tools)
	fmt.Println(inv.n, copyInv.n, inv.Value() < copyInv.Value())
}
