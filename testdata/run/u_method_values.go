package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) { a.Balance += n }
func (a Account) Describe() string {
	return fmt.Sprintf("%s has %d", a.Owner, a.Balance)
}

type Op func(int, int) int

func (op Op) Apply(a, b int) int { return op(a, b) }

type Calculator struct {
	ops   map[string]Op
	names []string
}

func NewCalculator() *Calculator {
	c := &Calculator{ops: map[string]Op{}}
	c.register("+", func(a, b int) int { return a + b })
	c.register("-", func(a, b int) int { return a - b })
	c.register("*", func(a, b int) int { return a * b })
	return c
}

func (c *Calculator) register(name string, op Op) {
	c.ops[name] = op
	c.names = append(c.names, name)
}

func main() {
	acc := &Account{Owner: "ann"}
	dep := acc.Deposit
	for i := 1; i <= 4; i++ {
		dep(i * 10)
	}
	fmt.Println(acc.Describe())
	desc := acc.Describe
	acc.Deposit(1)
	fmt.Println(desc(), "|", acc.Describe())

	f := (*Account).Deposit
	f(acc, 1000)
	g := Account.Describe
	fmt.Println(g(*acc))

	calc := NewCalculator()
	for _, n := range calc.names {
		fmt.Println(7, n, 3, "=", calc.ops[n].Apply(7, 3))
	}
	var op Op = func(a, b int) int { return a % b }
	fmt.Println(op.Apply(17, 5))

	handlers := []func(){}
	accounts := []Account{{"x", 1}, {"y", 2}}
	for i := range accounts {
		handlers = append(handlers, accounts[i].Describe2)
	}
	accounts[0].Balance = 99
	for _, h := range handlers {
		h()
	}
}

func (a Account) Describe2() { fmt.Println("describe2:", a.Owner, a.Balance) }
