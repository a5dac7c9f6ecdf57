// Package os: the parts of Go's os package that programs of this step use:
// Args, Exit, Getenv and the standard files Stdin, Stdout and Stderr as *File
// values with Read, Write and WriteString. Output to Stdout goes through the
// VM's stdout buffer (shared with fmt.Print*, so the two stay in order); a
// write to Stderr flushes it first.
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string

// Natives over file descriptors 0, 1 and 2: the byte count and an error code
// (0 ok, 1 bad descriptor, 2 I/O error).
func write(fd int, b []byte) (int, int)
func writeString(fd int, s string) (int, int)
func read(fd int, b []byte) (int, int)

// ErrClosed is returned for operations on a closed file.
var ErrClosed = errors.New("file already closed")

var errBadFd = errors.New("bad file descriptor")
var errIO = errors.New("input/output error")

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) wrapErr(op string, code int) error {
	if code == 0 {
		return nil
	}
	err := errIO
	if code == 1 {
		err = errBadFd
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return errors.New("invalid argument")
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, code := write(f.fd, b)
	return n, f.wrapErr("write", code)
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, code := writeString(f.fd, s)
	return n, f.wrapErr("write", code)
}

// Read reads up to len(b) bytes from the File into b. At end of file it
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, code := read(f.fd, b)
	if code != 0 {
		return n, f.wrapErr("read", code)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File; a second Close returns an error.
func (f *File) Close() error {
	if f == nil {
		return errors.New("invalid argument")
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}
