package sync

// An RWMutex is a reader/writer mutual exclusion lock: any number of readers or
// one writer. The zero value is unlocked. A writer waiting in Lock keeps new
// readers out (they park until it is done), so writers are never starved.
type RWMutex struct {
	w           Mutex  // held by a writer (excludes other writers)
	writerSem   uint32 // a writer waits here for the readers before it
	readerSem   uint32 // readers wait here for the writer
	readerCount int32  // readers in, minus rwmutexMaxReaders while a writer is pending
	readerWait  int32  // readers the pending writer still waits for
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomicAddInt32(&rw.readerCount, 1) < 0 {
		// A writer is pending or active: wait for it.
		runtime_SemacquireRWMutexR(&rw.readerSem, false, 0)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomicLoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomicCompareAndSwapInt32(&rw.readerCount, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call. It is a fatal error if rw is not locked
// for reading.
func (rw *RWMutex) RUnlock() {
	if r := atomicAddInt32(&rw.readerCount, -1); r < 0 {
		rw.rUnlockSlow(r)
	}
}

func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer is pending: the last reader out lets it in.
	if atomicAddInt32(&rw.readerWait, -1) == 0 {
		runtime_Semrelease(&rw.writerSem, false, 1)
	}
}

// Lock locks rw for writing, waiting for the readers already in.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer; r is the number of readers still in.
	r := atomicAddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomicAddInt32(&rw.readerWait, r) != 0 {
		runtime_SemacquireRWMutex(&rw.writerSem, false, 0)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomicCompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing. It is a fatal error if rw is not locked for
// writing.
func (rw *RWMutex) Unlock() {
	r := atomicAddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Let in the readers that arrived while the writer held the lock.
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw: rw}
}

type rlocker struct {
	rw *RWMutex
}

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }
