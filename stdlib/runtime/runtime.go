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
