// Package runtime: goroutine and scheduler queries, bound to govm natives.
package runtime

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor: the goroutine goes to the global run queue.
func Gosched()

// GOMAXPROCS sets the number of worker threads and returns the previous setting;
// n < 1 only queries it.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int

// GC runs a garbage collection (a no-op until the collector lands).
func GC()

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
