// Package atomic provides atomic memory primitives, as Go's sync/atomic does.
//
// Every operation is sequentially consistent (Go's memory model for atomics):
// the functions are natives bound by govm that use SeqCst atomics on the 64-bit
// slot a pointer addresses (32-bit values stay normalised in their slot). The
// types (Int32, Int64, Uint32, Uint64, Uintptr, Bool, Value) are written in Go
// over those functions. Pointer[T] needs generics, which the compiler does not
// support yet, so it is missing.
package atomic

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32)

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint32 atomically adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddUint64 atomically adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64)

// AddUintptr atomically adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// LoadInt32 atomically loads *addr.
func LoadInt32(addr *int32) (val int32)

// LoadInt64 atomically loads *addr.
func LoadInt64(addr *int64) (val int64)

// LoadUint32 atomically loads *addr.
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 atomically loads *addr.
func LoadUint64(addr *uint64) (val uint64)

// LoadUintptr atomically loads *addr.
func LoadUintptr(addr *uintptr) (val uintptr)

// StoreInt32 atomically stores val into *addr.
func StoreInt32(addr *int32, val int32)

// StoreInt64 atomically stores val into *addr.
func StoreInt64(addr *int64, val int64)

// StoreUint32 atomically stores val into *addr.
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 atomically stores val into *addr.
func StoreUint64(addr *uint64, val uint64)

// StoreUintptr atomically stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr)

// SwapInt32 atomically stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32)

// SwapInt64 atomically stores new into *addr and returns the previous value.
func SwapInt64(addr *int64, new int64) (old int64)

// SwapUint32 atomically stores new into *addr and returns the previous value.
func SwapUint32(addr *uint32, new uint32) (old uint32)

// SwapUint64 atomically stores new into *addr and returns the previous value.
func SwapUint64(addr *uint64, new uint64) (old uint64)

// SwapUintptr atomically stores new into *addr and returns the previous value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// CompareAndSwapInt32 executes the compare-and-swap operation for an int32 value.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 executes the compare-and-swap operation for an int64 value.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32 value.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64 value.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// CompareAndSwapUintptr executes the compare-and-swap operation for a uintptr value.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// AndInt32 atomically performs a bitwise AND with mask and returns the old value.
func AndInt32(addr *int32, mask int32) (old int32)

// AndInt64 atomically performs a bitwise AND with mask and returns the old value.
func AndInt64(addr *int64, mask int64) (old int64)

// AndUint32 atomically performs a bitwise AND with mask and returns the old value.
func AndUint32(addr *uint32, mask uint32) (old uint32)

// AndUint64 atomically performs a bitwise AND with mask and returns the old value.
func AndUint64(addr *uint64, mask uint64) (old uint64)

// AndUintptr atomically performs a bitwise AND with mask and returns the old value.
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr)

// OrInt32 atomically performs a bitwise OR with mask and returns the old value.
func OrInt32(addr *int32, mask int32) (old int32)

// OrInt64 atomically performs a bitwise OR with mask and returns the old value.
func OrInt64(addr *int64, mask int64) (old int64)

// OrUint32 atomically performs a bitwise OR with mask and returns the old value.
func OrUint32(addr *uint32, mask uint32) (old uint32)

// OrUint64 atomically performs a bitwise OR with mask and returns the old value.
func OrUint64(addr *uint64, mask uint64) (old uint64)

// OrUintptr atomically performs a bitwise OR with mask and returns the old value.
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)
