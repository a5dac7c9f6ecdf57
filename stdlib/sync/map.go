package sync

// Map is a map[any]any safe for concurrent use by multiple goroutines. The zero
// Map is empty and ready for use. (This implementation is a Go map under a
// Mutex; Range calls f on a snapshot, without holding the lock, so f may use the
// Map.)
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if none.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for the key if present. Otherwise, it
// stores and returns the given value. loaded is true if the value was loaded.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored in
// the map is equal to old (old must be comparable).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map. If f
// returns false, range stops the iteration.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], values[i]) {
			return
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m = nil
}
