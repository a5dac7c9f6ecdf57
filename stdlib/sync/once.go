package sync

// Once performs exactly one action. Every Do call returns only after the one
// call of f has returned (so its effects are visible to every caller).
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this
// Once. If f panics, Do considers it returned: later calls do not call f.
func (o *Once) Do(f func()) {
	if atomicLoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if atomicLoadUint32(&o.done) == 0 {
		defer atomicStoreUint32(&o.done, 1)
		f()
	}
}

// OnceFunc returns a function that calls f only once; every call returns after
// it. If f panicked, every call panics with the same value.
func OnceFunc(f func()) func() {
	var once Once
	finished := false
	var failure any
	run := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		f()
		finished = true
	}
	return func() {
		once.Do(run)
		if !finished {
			panic(failure)
		}
	}
}
