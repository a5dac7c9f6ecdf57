// Bank accounts with per-account mutexes: concurrent transfers ordered by
// account id (no deadlock), an audit goroutine, and an insufficient-funds
// error path. The final balances are deterministic because every transfer
// succeeds or fails independently of interleaving (amounts are checked).
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
	history []string
}

type Bank struct {
	accounts map[int]*Account
	mu       sync.RWMutex
	failed   int
	fmu      sync.Mutex
}

func NewBank(n, initial int) *Bank {
	b := &Bank{accounts: make(map[int]*Account)}
	for i := 0; i < n; i++ {
		b.accounts[i] = &Account{id: i, balance: initial}
	}
	return b
}

func (b *Bank) Transfer(from, to, amount int) error {
	if from == to {
		return fmt.Errorf("transfer %d->%d: same account", from, to)
	}
	b.mu.RLock()
	a, c := b.accounts[from], b.accounts[to]
	b.mu.RUnlock()
	first, second := a, c
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amount, ErrInsufficient)
	}
	a.balance -= amount
	c.balance += amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	c.history = append(c.history, fmt.Sprintf("+%d", amount))
	return nil
}

func (b *Bank) Total() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		b.accounts[id].mu.Lock()
	}
	total := 0
	for _, id := range ids {
		total += b.accounts[id].balance
	}
	for _, id := range ids {
		b.accounts[id].mu.Unlock()
	}
	return total
}

func main() {
	bank := NewBank(5, 1000)
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	// Ring of transfers: each worker moves money around a cycle, so the net
	// effect on every account is zero.
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				from := (w + i) % 5
				to := (from + 1) % 5
				if err := bank.Transfer(from, to, 1); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	auditDone := make(chan bool)
	go func() {
		ok := true
		for i := 0; i < 50; i++ {
			if t := bank.Total(); t != 5000 {
				ok = false
			}
		}
		auditDone <- ok
	}()
	wg.Wait()
	fmt.Println("audit consistent:", <-auditDone)
	close(errs)
	n := 0
	for range errs {
		n++
	}
	fmt.Println("errors during ring:", n)
	fmt.Println("total:", bank.Total())

	err := bank.Transfer(0, 1, 5000)
	fmt.Println(err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer(2, 2, 1))
	for id := 0; id < 5; id++ {
		a := bank.accounts[id]
		fmt.Printf("account %d: balance=%d moves=%d\n", id, a.balance, len(a.history))
	}
}
