package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

type Order struct {
	ID  int
	Qty int
}

func validate(o Order) error {
	if o.Qty <= 0 {
		return ValidationError{"qty", o.Qty}
	}
	return nil
}

func process(orders []Order) {
	for _, o := range orders {
		if err := validate(o); err != nil {
			panic(err)
		}
		fmt.Println("processed order", o.ID)
	}
}

func main() {
	defer fmt.Println("main deferred")
	process([]Order{{1, 5}, {2, 1}, {3, -2}, {4, 1}})
}
