package sync

// Cond implements a condition variable: a rendezvous point for goroutines
// waiting for or announcing an event. L is held while the condition is checked
// or changed, and by Wait's caller.
type Cond struct {
	L Locker

	mu      Mutex     // protects waiters
	waiters []*uint32 // one semaphore per waiting goroutine, oldest first
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the goroutine; after a Signal or
// Broadcast wakes it, it locks c.L again before returning.
func (c *Cond) Wait() {
	// Join the queue before unlocking L, so a Signal after the Unlock wakes us.
	s := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, s)
	c.mu.Unlock()
	c.L.Unlock()
	runtime_SemacquireCond(s)
	c.L.Lock()
}

// Signal wakes the goroutine waiting longest on c, if there is one.
func (c *Cond) Signal() {
	var s *uint32
	c.mu.Lock()
	if len(c.waiters) > 0 {
		s = c.waiters[0]
		c.waiters[0] = nil
		c.waiters = c.waiters[1:]
	}
	c.mu.Unlock()
	if s != nil {
		runtime_Semrelease(s, false, 0)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	w := c.waiters
	c.waiters = nil
	c.mu.Unlock()
	for _, s := range w {
		runtime_Semrelease(s, false, 0)
	}
}
