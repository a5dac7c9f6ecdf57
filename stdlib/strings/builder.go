package strings

// A Builder is used to efficiently build a string using Write methods. The
// zero value is ready to use. Do not copy a non-zero Builder.
//
// The bytes live in a runtime-owned buffer (one byte per byte, grown by
// doubling), written in place by natives; String copies them out once.
type Builder struct {
	addr *Builder // of the receiver, to detect copies by value (as Go does)
	buf  string   // the buffer: its length is the capacity, never read as a string
	n    int      // bytes used
}

// builderAppend writes s at buf[n:], first growing buf if needed; returns buf.
func builderAppend(buf string, n int, s string) string

// builderByte writes c at buf[n], first growing buf if needed; returns buf.
func builderByte(buf string, n int, c byte) string

// builderGrow returns buf, or a larger copy of its first n bytes, with room
// for extra more bytes.
func builderGrow(buf string, n int, extra int) string

// builderString returns a copy of buf[:n].
func builderString(buf string, n int) string

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return builderString(b.buf, b.n)
}

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return b.n }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return len(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = ""
	b.n = 0
}

// Grow grows b's capacity, if necessary, to guarantee space for another n
// bytes. If n is negative, Grow panics.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	b.buf = builderGrow(b.buf, b.n, n)
}

// Write appends the contents of p to b's buffer. Write always returns
// len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = builderAppend(b.buf, b.n, string(p))
	b.n += len(p)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. The returned error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = builderByte(b.buf, b.n, c)
	b.n++
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer.
// It returns the length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	if r >= 0 && r < 0x80 {
		b.buf = builderByte(b.buf, b.n, byte(r))
		b.n++
		return 1, nil
	}
	s := string(r)
	b.buf = builderAppend(b.buf, b.n, s)
	b.n += len(s)
	return len(s), nil
}

// WriteString appends the contents of s to b's buffer. It returns the length
// of s and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = builderAppend(b.buf, b.n, s)
	b.n += len(s)
	return len(s), nil
}
