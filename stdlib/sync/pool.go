package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Get returns a saved object if there is one, else the result of New
// (or nil). The runtime never empties it behind the program's back (Go's pools
// may drop objects at any garbage collection; programs cannot rely on either).
type Pool struct {
	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() any

	mu    Mutex
	items []any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and
// returns it to the caller; without one it returns p.New() (nil without New).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
