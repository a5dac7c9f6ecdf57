// stdin: Ada Lovelace\n36\n  3.5 2.25  \nüñí\nno newline at end
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	fmt.Print("name? ")
	name, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", name, err)
	name = strings.TrimSpace(name)
	line, _ := in.ReadString('\n')
	age, err := strconv.Atoi(strings.TrimSpace(line))
	fmt.Println("hello", name, "age", age, err)
	line, _ = in.ReadString('\n')
	sum := 0.0
	for _, f := range strings.Fields(line) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			fmt.Println(err)
			continue
		}
		sum += v
	}
	fmt.Println("sum", sum)
	r, size, err := in.ReadRune()
	fmt.Println(string(r), size, err)
	in.UnreadRune()
	b, _ := in.ReadByte()
	fmt.Println(b, in.UnreadByte(), in.UnreadByte())
	rest, isPrefix, err := in.ReadLine()
	fmt.Printf("%q %v %v\n", rest, isPrefix, err)
	last, err := in.ReadString('\n')
	fmt.Printf("%q %v %v\n", last, err, err == io.EOF)
	again, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", again, err)

	// small buffers and Peek on a strings.Reader
	sr := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz\nend"), 16)
	p, err := sr.Peek(4)
	fmt.Printf("%s %v %d %d\n", p, err, sr.Buffered(), sr.Size())
	long, err := sr.ReadString('\n')
	fmt.Printf("%q %v\n", long, err)
	_, err = sr.Peek(32)
	fmt.Println(err)
	bs, err := sr.ReadBytes('!')
	fmt.Printf("%q %v\n", bs, err)
	sr2 := bufio.NewReaderSize(strings.NewReader(strings.Repeat("a", 40)+"\n"), 16)
	l, pre, err := sr2.ReadLine()
	fmt.Println(len(l), pre, err)
	n, err := sr2.Discard(10)
	fmt.Println(n, err)
	data, err := io.ReadAll(sr2)
	fmt.Printf("%q %v\n", data, err)
}
