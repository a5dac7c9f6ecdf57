// Package sync: WaitGroup and Mutex, written in Go over govm's atomic and
// semaphore natives (Go's own algorithms; a blocked goroutine parks on the
// semaphore's wait queue, no thread blocks).
package sync

// Natives bound by govm. Pointers address one 64-bit slot; 32-bit values are kept
// normalised in their slot. All atomics are sequentially consistent.
func atomicAddUint64(addr *uint64, delta uint64) uint64
func atomicLoadUint64(addr *uint64) uint64
func atomicStoreUint64(addr *uint64, val uint64)
func atomicCompareAndSwapUint64(addr *uint64, old uint64, new uint64) bool
func atomicAddInt32(addr *int32, delta int32) int32

// runtime_Semacquire waits until *s > 0 and then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_Semrelease increments *s, or hands the unit to a waiting goroutine.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

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

// A Mutex is a mutual exclusion lock; the zero value is unlocked. state counts the
// holder plus the goroutines waiting; Unlock hands the lock directly to a waiter.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, parking the goroutine while another holds it.
func (m *Mutex) Lock() {
	if atomicAddInt32(&m.state, 1) == 1 {
		return
	}
	runtime_Semacquire(&m.sema)
}

// Unlock unlocks m; unlocking an unlocked Mutex panics.
func (m *Mutex) Unlock() {
	n := atomicAddInt32(&m.state, -1)
	if n < 0 {
		panic("sync: unlock of unlocked mutex")
	}
	if n > 0 {
		runtime_Semrelease(&m.sema, true, 1)
	}
}
