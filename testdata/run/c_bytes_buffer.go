package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type Report struct {
	Title string
	Rows  [][2]string
}

func (r Report) Render(w io.Writer) {
	fmt.Fprintf(w, "== %s ==\n", r.Title)
	for _, row := range r.Rows {
		fmt.Fprintf(w, "%-8s %6s\n", row[0], row[1])
	}
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	buf.WriteRune('!')
	fmt.Println(buf.String(), buf.Len())
	fmt.Fprintf(&buf, " %d+%d=%d", 2, 3, 5)
	fmt.Println(buf.String())

	r := Report{"sales", [][2]string{{"north", "12"}, {"south", "7"}}}
	var out bytes.Buffer
	r.Render(&out)
	fmt.Print(out.String())
	r.Render(os.Stdout)

	b := bytes.NewBufferString("line1\nline2\nrest")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	nb := bytes.NewBuffer([]byte("abc"))
	c, _ := nb.ReadByte()
	nb.UnreadByte()
	p := make([]byte, 2)
	n, err := nb.Read(p)
	fmt.Println(string(c), n, err, string(p), nb.Len(), string(nb.Next(5)))
	_, err = nb.Read(p)
	fmt.Println(err == io.EOF)

	data := []byte("  The quick  brown fox  ")
	fmt.Printf("%q\n", bytes.TrimSpace(data))
	fields := bytes.Fields(data)
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("_"))))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Contains(data, []byte("fox")), bytes.Index(data, []byte("quick")), bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Println(string(bytes.ToUpper([]byte("gopher"))), string(bytes.Repeat([]byte("ab"), 3)), string(bytes.ReplaceAll([]byte("a-b-c"), []byte("-"), []byte("+"))))
	parts := bytes.Split([]byte("a,b,c"), []byte(","))
	parts[0][0] = 'X'
	fmt.Printf("%s %q\n", parts, bytes.SplitN([]byte("k=v=w"), []byte("="), 2))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), string(bytes.TrimPrefix([]byte("golang"), []byte("go"))), string(bytes.Trim([]byte("xxhixx"), "x")))
	before, after, found := bytes.Cut([]byte("key: value"), []byte(": "))
	fmt.Println(string(before), string(after), found)

	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour five six"))
	lines := 0
	words := 0
	for sc.Scan() {
		lines++
		words += len(strings.Fields(sc.Text()))
	}
	fmt.Println(lines, words)
	ws := bufio.NewScanner(strings.NewReader("alpha beta  gamma"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Print("[", ws.Text(), "]")
	}
	fmt.Println()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "buffered: %s\n", strings.Repeat("=", 5))
	rd := bufio.NewReader(strings.NewReader("first line\nsecond"))
	l1, _ := rd.ReadString('\n')
	l2, e2 := rd.ReadString('\n')
	fmt.Fprintf(w, "%q %q %v\n", l1, l2, e2)
}
