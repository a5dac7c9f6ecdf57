package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

// ErrTooLarge is passed to panic if memory cannot be allocated to store data
// in a buffer.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// A Buffer is a variable-sized buffer of bytes with Read and Write methods.
// The zero value for Buffer is an empty buffer ready to use.
type Buffer struct {
	buf      []byte // contents are buf[off:]
	off      int
	lastRead bool // the last operation was a successful read (for UnreadByte)
}

// NewBuffer creates and initializes a new Buffer using buf as its initial
// contents.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString creates and initializes a new Buffer using string s as its
// initial contents.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread portion of the buffer (aliasing its contents).
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread portion of the buffer as a string; "<nil>" for a
// nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns the number of bytes of the unread portion of the buffer.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's underlying byte slice.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Reset resets the buffer to be empty, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = false
}

// Truncate discards all but the first n unread bytes from the buffer.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = false
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Grow grows the buffer's capacity to guarantee space for another n bytes.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf)-b.off, 2*cap(b.buf)+n)
		copy(nb, b.buf[b.off:])
		b.buf = nb
		b.off = 0
	}
}

// Write appends the contents of p to the buffer; err is always nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = false
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteString appends the contents of s to the buffer; err is always nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = false
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// WriteByte appends the byte c to the buffer; err is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = false
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to the buffer.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = false
	l := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - l, nil
}

// empty reports whether the unread portion is empty; an empty buffer resets.
func (b *Buffer) empty() bool {
	if len(b.buf) <= b.off {
		b.Reset()
		return true
	}
	return false
}

// Read reads the next len(p) bytes from the buffer or until it is drained;
// io.EOF when the buffer has no data (unless len(p) is zero).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = false
	if b.empty() {
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = true
	}
	return n, nil
}

// Next returns a slice containing the next n bytes from the buffer, advancing
// the buffer as if the bytes had been returned by Read.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = false
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = true
	}
	return data
}

// ReadByte reads and returns the next byte; io.EOF when none is available.
func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = true
	return c, nil
}

// ReadRune reads and returns the next UTF-8-encoded code point.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = true
	return r, size, nil
}

// UnreadByte unreads the last byte returned by the most recent successful read.
func (b *Buffer) UnreadByte() error {
	if !b.lastRead {
		return errUnreadByte
	}
	b.lastRead = false
	if b.off > 0 {
		b.off--
	}
	return nil
}

// ReadBytes reads until the first occurrence of delim, returning a new slice
// with the data up to and including the delimiter (io.EOF if not found).
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = append([]byte(nil), b.buf[b.off:end]...)
	b.off = end
	b.lastRead = true
	return line, err
}

// ReadString is like ReadBytes but returns a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	bs, err := b.ReadBytes(delim)
	return string(bs), err
}

// WriteTo writes data to w until the buffer is drained or an error occurs.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = false
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// ReadFrom reads data from r until EOF and appends it to the buffer.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = false
	tmp := make([]byte, MinRead)
	for {
		m, e := r.Read(tmp)
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = append(b.buf, tmp[:m]...)
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}
