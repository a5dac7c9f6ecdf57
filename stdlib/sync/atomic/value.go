package atomic

// A Value provides an atomic load and store of a consistently typed value. The
// zero value returns nil from Load. Once Store has been called, every later
// value must have the same dynamic type, or the call panics as Go's does.
type Value struct {
	v any
}

// The word operations a Value is built from (natives): the interface reference in
// one slot, loaded, stored, swapped and compared-and-swapped by identity.
func loadIface(p *any) any
func storeIface(p *any, v any)
func swapIface(p *any, v any) any
func casIface(p *any, old, new any) bool

// sameType reports whether a and b have the same dynamic type.
func sameType(a, b any) bool

// Load returns the value set by the most recent Store (nil if none).
func (v *Value) Load() (val any) {
	return loadIface(&v.v)
}

// Store sets the value of the Value v to val.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		cur := loadIface(&v.v)
		if cur == nil {
			if casIface(&v.v, nil, val) {
				return
			}
			continue
		}
		if !sameType(cur, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		storeIface(&v.v, val)
		return
	}
}

// Swap stores new into Value and returns the previous value (nil if empty).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		cur := loadIface(&v.v)
		if cur == nil {
			if casIface(&v.v, nil, new) {
				return nil
			}
			continue
		}
		if !sameType(cur, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		return swapIface(&v.v, new)
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value: old is
// compared with ==, which panics for uncomparable dynamic types.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		cur := loadIface(&v.v)
		if cur == nil {
			if old != nil {
				return false
			}
			if casIface(&v.v, nil, new) {
				return true
			}
			continue
		}
		if !sameType(cur, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if cur != old {
			return false
		}
		if casIface(&v.v, cur, new) {
			return true
		}
	}
}
