package sync

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// The algorithm is Go's: in normal mode a goroutine arriving while the lock is
// free takes it (waking waiters compete with newcomers, which keeps the lock
// fast), and woken waiters that lose go back to the front of the queue; a
// waiter that waited more than 1ms switches the mutex to starvation mode, where
// Unlock hands the lock directly to the first waiter and newcomers queue at the
// back, so no waiter waits forever. (Go also spins briefly before parking; this
// implementation parks at once.)
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1
	mutexWoken       = 2
	mutexStarving    = 4
	mutexWaiterShift = 3

	// A waiter that waited this long (ns) switches the mutex to starvation mode.
	starvationThresholdNs = 1000000
)

// Lock locks m, parking the goroutine while the lock is held elsewhere.
func (m *Mutex) Lock() {
	if atomicCompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomicLoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomicCompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStart int64
	starving := false
	awoke := false
	old := atomicLoadInt32(&m.state)
	for {
		new := old
		// Newcomers take a free lock only in normal mode.
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		// Switch to starvation mode, unless the lock was released meanwhile.
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if !atomicCompareAndSwapInt32(&m.state, old, new) {
			old = atomicLoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // locked with the CAS
		}
		lifo := waitStart != 0
		if waitStart == 0 {
			waitStart = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, lifo, 1)
		starving = starving || runtime_nanotime()-waitStart > starvationThresholdNs
		old = atomicLoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// Handed off in starvation mode: the lock is ours; fix the state.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				fatal("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				// Leave starvation mode: we waited briefly or are the last waiter.
				delta -= mutexStarving
			}
			atomicAddInt32(&m.state, delta)
			return
		}
		awoke = true
	}
}

// Unlock unlocks m. Unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	new := atomicAddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving != 0 {
		// Starvation mode: hand the lock to the first waiter.
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	old := new
	for {
		// Nobody to wake, or someone already locked, woke or starved it.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		new = (old - 1<<mutexWaiterShift) | mutexWoken
		if atomicCompareAndSwapInt32(&m.state, old, new) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		old = atomicLoadInt32(&m.state)
	}
}
