// A small bank simulation as a user would write it: accounts with methods,
// a transaction log kept as a linked list, error-like results via multiple
// returns, deferred audit output and formatted reports.
package main

import "fmt"

type Account struct {
	ID      int
	Owner   string
	Balance int
	txCount int
}

type Tx struct {
	From, To int
	Amount   int
	OK       bool
	Next     *Tx
}

type Bank struct {
	a, b, c *Account
	log     *Tx
	failed  int
}

func newAccount(id int, owner string, balance int) *Account {
	var acc Account
	acc.ID = id
	acc.Owner = owner
	acc.Balance = balance
	return &acc
}

func (acc *Account) Withdraw(n int) (int, bool) {
	if n <= 0 || n > acc.Balance {
		return acc.Balance, false
	}
	acc.Balance -= n
	acc.txCount++
	return acc.Balance, true
}

func (acc *Account) Deposit(n int) int {
	acc.Balance += n
	acc.txCount++
	return acc.Balance
}

func (acc Account) String() string {
	return fmt.Sprintf("#%d %-6s %6d", acc.ID, acc.Owner, acc.Balance)
}

func (b *Bank) find(id int) *Account {
	if b.a.ID == id {
		return b.a
	}
	if b.b.ID == id {
		return b.b
	}
	if b.c.ID == id {
		return b.c
	}
	return nil
}

func (b *Bank) Transfer(from, to, amount int) bool {
	var tx Tx
	tx.From, tx.To, tx.Amount = from, to, amount
	tx.Next = b.log
	b.log = &tx
	src := b.find(from)
	dst := b.find(to)
	if src == nil || dst == nil {
		b.failed++
		return false
	}
	if _, ok := src.Withdraw(amount); !ok {
		b.failed++
		return false
	}
	dst.Deposit(amount)
	tx.OK = true
	return true
}

func (b *Bank) Total() int {
	return b.a.Balance + b.b.Balance + b.c.Balance
}

func report(b *Bank, title string) {
	defer fmt.Println("---- end of", title)
	fmt.Println("---- " + title)
	fmt.Println(b.a.String())
	fmt.Println(b.b.String())
	fmt.Println(b.c.String())
	fmt.Printf("total %d, failed %d\n", b.Total(), b.failed)
}

func main() {
	var bank Bank
	bank.a = newAccount(1, "alice", 1000)
	bank.b = newAccount(2, "bob", 250)
	bank.c = newAccount(3, "carol", 0)
	report(&bank, "opening")

	fmt.Println(bank.Transfer(1, 2, 300))
	fmt.Println(bank.Transfer(2, 3, 500))
	fmt.Println(bank.Transfer(3, 1, 1))
	fmt.Println(bank.Transfer(2, 9, 10))
	fmt.Println(bank.Transfer(2, 3, 550))
	for i := 0; i < 5; i++ {
		bank.Transfer(1, 3, 25*(i+1))
	}
	report(&bank, "after transfers")

	n, ok, okCount := 0, 0, 0
	for tx := bank.log; tx != nil; tx = tx.Next {
		n++
		if tx.OK {
			ok += tx.Amount
			okCount++
		}
	}
	fmt.Printf("%d transactions, %d ok moving %d\n", n, okCount, ok)
	fmt.Println("alice tx", bank.a.txCount, "bob tx", bank.b.txCount, "carol tx", bank.c.txCount)
}
