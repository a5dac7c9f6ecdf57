package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type limited struct {
	n   int
	buf strings.Builder
}

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.n {
		l.buf.Write(p[:l.n])
		n := l.n
		l.n = 0
		return n, errors.New("disk full")
	}
	l.n -= len(p)
	l.buf.Write(p)
	return len(p), nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%d items at %.2f each\n", 3, 9.5)
	w.WriteString("written ")
	w.WriteByte('&')
	w.WriteRune('✓')
	w.WriteRune('\n')
	fmt.Fprintln(w, "buffered:", w.Buffered(), "available:", w.Available(), "size:", w.Size())
	w.Flush()
	fmt.Println("after flush:", w.Buffered())

	small := bufio.NewWriterSize(os.Stdout, 8)
	small.WriteString("a string longer than the buffer\n")
	small.Write([]byte("bytes too, longer than eight\n"))
	small.Flush()

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	for i := 0; i < 1000; i++ {
		fmt.Fprint(bw, i%10)
	}
	fmt.Println(sb.Len(), bw.Buffered())
	bw.Flush()
	fmt.Println(sb.Len(), sb.String()[:12])

	lw := &limited{n: 10}
	ew := bufio.NewWriterSize(lw, 4)
	n, err := ew.WriteString("hello, world")
	fmt.Println(n, err, lw.buf.String())
	fmt.Println(ew.Flush(), ew.WriteByte('x'))

	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5, true)
	fmt.Fprint(os.Stdout, "no newline", 7, "\n")
	os.Stdout.Write([]byte("raw bytes\n"))
	os.Stdout.WriteString("raw string\n")
	n2, err := io.WriteString(os.Stdout, "io.WriteString\n")
	fmt.Println(n2, err)
	c, err := io.Copy(os.Stdout, strings.NewReader("copied through io.Copy\n"))
	fmt.Println(c, err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), os.Stdout.Fd())
	fmt.Println(string(fmt.Appendf([]byte("x="), "%d", 5)), string(fmt.Append(nil, 1, "a")), string(fmt.Appendln(nil, "z")))
}
