// Package runtime: goroutine and scheduler queries, bound to govm natives.
package runtime

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor: the goroutine goes to the global run queue.
func Gosched()

// Goexit terminates the goroutine that calls it, after running all its
// deferred calls (recover returns nil in them). Goexit in the main goroutine
// lets the other goroutines go on; when none is left the program crashes
// with "no goroutines (main called runtime.Goexit) - deadlock!".
func Goexit()

// GOMAXPROCS sets the number of worker threads and returns the previous setting;
// n < 1 only queries it.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int

// GC runs a garbage collection, blocking the caller until it is complete.
func GC()

// MemStats records statistics about the memory allocator and the collector
// (the subset of Go's fields that govm keeps; sizes in bytes).
type MemStats struct {
	// Alloc is bytes of allocated heap objects (the same as HeapAlloc).
	Alloc uint64
	// TotalAlloc is cumulative bytes allocated for heap objects.
	TotalAlloc uint64
	// Sys is the bytes of memory obtained from the OS for the heap.
	Sys uint64
	// Mallocs is the cumulative count of heap objects allocated.
	Mallocs uint64
	// Frees is the cumulative count of heap objects freed.
	Frees uint64
	// HeapAlloc is bytes of allocated heap objects.
	HeapAlloc uint64
	// HeapSys is bytes of heap memory obtained from the OS.
	HeapSys uint64
	// HeapIdle is bytes in idle (unused) spans.
	HeapIdle uint64
	// HeapInuse is bytes in in-use spans.
	HeapInuse uint64
	// HeapObjects is the number of allocated heap objects.
	HeapObjects uint64
	// NextGC is the target heap size of the next GC cycle.
	NextGC uint64
	// LastGC is the time the last garbage collection finished, as nanoseconds
	// since 1970 (the UNIX epoch).
	LastGC uint64
	// PauseTotalNs is the cumulative nanoseconds in GC stop-the-world pauses.
	PauseTotalNs uint64
	// NumGC is the number of completed GC cycles.
	NumGC uint32
	// NumForcedGC is the number of GC cycles forced by calling GC.
	NumForcedGC uint32
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats)

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that are
	// run time errors from ordinary errors: a type is a run time error if it has
	// a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion. The VM makes these
// (and the unexported error types below) when a recovered run-time panic
// becomes a value; it finds them by name when the program contains them.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// An errorString is a run-time error with the "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// A plainError is a run-time error printed without the prefix.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// A boundsError is an index or slice bounds run-time error.
type boundsError string

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + string(e) }
