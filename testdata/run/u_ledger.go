package main

import (
	"fmt"
	"sync"
)

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64
	History []Entry
}

type Entry struct {
	Seq    int
	Amount int64
	Memo   string
}

type TxError struct {
	Op     string
	Acct   AccountID
	Reason string
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %s: %s", e.Op, e.Acct, e.Reason)
}

type Ledger struct {
	mu       sync.Mutex
	accounts map[AccountID]*Account
	seq      int
	failed   []error
}

func NewLedger() *Ledger {
	return &Ledger{accounts: make(map[AccountID]*Account)}
}

func (l *Ledger) Open(id AccountID, owner string, initial int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, dup := l.accounts[id]; dup {
		return &TxError{"open", id, "already exists"}
	}
	a := &Account{ID: id, Owner: owner}
	l.accounts[id] = a
	l.post(a, initial, "initial deposit")
	return nil
}

func (l *Ledger) post(a *Account, amt int64, memo string) {
	l.seq++
	a.Balance += amt
	a.History = append(a.History, Entry{l.seq, amt, memo})
}

func (l *Ledger) Transfer(from, to AccountID, amt int64) (err error) {
	l.mu.Lock()
	defer func() {
		if err != nil {
			l.failed = append(l.failed, err)
		}
		l.mu.Unlock()
	}()
	src, ok := l.accounts[from]
	if !ok {
		return &TxError{"transfer", from, "no such account"}
	}
	dst, ok := l.accounts[to]
	if !ok {
		return &TxError{"transfer", to, "no such account"}
	}
	if amt <= 0 {
		return &TxError{"transfer", from, fmt.Sprintf("invalid amount %d", amt)}
	}
	if src.Balance < amt {
		return &TxError{"transfer", from, fmt.Sprintf("insufficient funds: have %d, need %d", src.Balance, amt)}
	}
	l.post(src, -amt, "to "+string(to))
	l.post(dst, amt, "from "+string(from))
	return nil
}

func (l *Ledger) Total() (t int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, a := range l.accounts {
		t += a.Balance
	}
	return
}

func (l *Ledger) Sorted() []*Account {
	var out []*Account
	for _, a := range l.accounts {
		out = append(out, a)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && (out[j].Balance > out[j-1].Balance ||
			out[j].Balance == out[j-1].Balance && out[j].ID < out[j-1].ID); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func main() {
	l := NewLedger()
	for i, name := range []string{"ann", "bob", "cid", "dee"} {
		id := AccountID(fmt.Sprintf("AC%03d", i+1))
		if err := l.Open(id, name, int64(1000*(i+1))); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(l.Open("AC001", "eve", 5))
	fmt.Println(l.Transfer("AC001", "AC009", 10))
	fmt.Println(l.Transfer("AC001", "AC002", -5))
	fmt.Println(l.Transfer("AC001", "AC002", 5000))

	var wg sync.WaitGroup
	ids := []AccountID{"AC001", "AC002", "AC003", "AC004"}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := 0; k < 25; k++ {
				from := ids[(w+k)%4]
				to := ids[(w+k+1)%4]
				l.Transfer(from, to, int64(10+w))
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total:", l.Total(), "entries:", l.seq)
	for _, a := range l.Sorted() {
		fmt.Printf("%s %-4s %6d %3d entries\n", a.ID, a.Owner, a.Balance, len(a.History))
	}
	fmt.Println("failed transfers:", len(l.failed))
	for _, err := range l.failed[:3] {
		if te, ok := err.(*TxError); ok {
			fmt.Printf("  op=%s acct=%s reason=%q\n", te.Op, te.Acct, te.Reason)
		}
	}
	first := l.accounts["AC001"].History[0]
	fmt.Printf("%+v\n", first)
}
