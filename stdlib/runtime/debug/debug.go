// Package debug: the collector's settings, bound to govm natives.
package debug

// SetGCPercent sets the garbage collection target percentage (GOGC) and returns
// the previous setting. A negative percentage disables garbage collection.
func SetGCPercent(percent int) int

// SetMemoryLimit sets the heap's memory limit in bytes and returns the previous
// limit; a negative input only reads it, math.MaxInt64 means no limit. Unlike
// Go's soft limit, a heap still above it after a collection is a fatal
// "runtime: out of memory".
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection.
func FreeOSMemory()
