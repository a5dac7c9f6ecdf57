package sync

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state uint64 // high 32 bits: the counter; low 32 bits: the number of waiters
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. When the
// counter becomes zero, all goroutines blocked on Wait are released. A negative
// counter panics.
func (wg *WaitGroup) Add(delta int) {
	state := atomicAddUint64(&wg.state, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is 0 and there are waiters: nobody may change the state now.
	if atomicLoadUint64(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomicStoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Go calls f in a new goroutine and adds that task to the WaitGroup (Go 1.25).
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomicLoadUint64(&wg.state)
		v := int32(state >> 32)
		if v == 0 {
			return
		}
		// Register as a waiter.
		if atomicCompareAndSwapUint64(&wg.state, state, state+1) {
			runtime_Semacquire(&wg.sema)
			if atomicLoadUint64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}
