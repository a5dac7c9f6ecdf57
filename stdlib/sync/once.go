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

// OnceValue returns a function that invokes f only once and returns the value
// returned by f. If f panics, the returned function panics with the same value
// on every call.
func OnceValue[T any](f func() T) func() T {
	var once Once
	finished := false
	var failure any
	var result T
	run := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		result = f()
		finished = true
	}
	return func() T {
		once.Do(run)
		if !finished {
			panic(failure)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns the
// values returned by f. If f panics, the returned function panics with the
// same value on every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	finished := false
	var failure any
	var r1 T1
	var r2 T2
	run := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		r1, r2 = f()
		finished = true
	}
	return func() (T1, T2) {
		once.Do(run)
		if !finished {
			panic(failure)
		}
		return r1, r2
	}
}
