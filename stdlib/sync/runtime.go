// Package sync provides Go's synchronization primitives: Mutex, RWMutex,
// WaitGroup, Once, Cond, Map and Pool.
//
// They are written in Go over govm's natives (below): sequentially consistent
// atomics on 64-bit slots, and semaphores that park the goroutine on the
// scheduler's wait queue (no thread ever blocks) with the wait reason Go prints in
// a deadlock report. Misuse is reported as Go does: `fatal error: sync: unlock of
// unlocked mutex` (unrecoverable, exit 2), `panic: sync: negative WaitGroup
// counter`.
package sync

// Atomics on the slot a pointer addresses; 32-bit values stay normalised.
func atomicAddUint64(addr *uint64, delta uint64) uint64
func atomicLoadUint64(addr *uint64) uint64
func atomicStoreUint64(addr *uint64, val uint64)
func atomicCompareAndSwapUint64(addr *uint64, old uint64, new uint64) bool
func atomicAddInt32(addr *int32, delta int32) int32
func atomicLoadInt32(addr *int32) int32
func atomicCompareAndSwapInt32(addr *int32, old int32, new int32) bool
func atomicLoadUint32(addr *uint32) uint32
func atomicStoreUint32(addr *uint32, val uint32)

// runtime_Semacquire waits until *s > 0 and then decrements it ([semacquire]).
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for Mutex.Lock: the wait shows as
// [sync.Mutex.Lock]; lifo queues the goroutine first (it already waited).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_SemacquireRWMutexR and runtime_SemacquireRWMutex wait as
// [sync.RWMutex.RLock] and [sync.RWMutex.Lock].
func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)

// runtime_SemacquireCond waits as [sync.Cond.Wait].
func runtime_SemacquireCond(s *uint32)

// runtime_Semrelease increments *s, or hands the unit to the first waiter.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_nanotime is the scheduler's monotonic clock in nanoseconds.
func runtime_nanotime() int64

// fatal ends the program with "fatal error: s" and the goroutine's trace, exit
// code 2; deferred calls do not run and it cannot be recovered.
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
