// stdin: 3\nalpha beta  gamma\r\n  delta\n\nlast line without newline
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 16), 1024)
	if !sc.Scan() {
		fmt.Println("no first line")
		return
	}
	n, err := strconv.Atoi(sc.Text())
	fmt.Println("n =", n, err)
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d: %q (%d bytes)\n", lines, sc.Text(), len(sc.Bytes()))
	}
	fmt.Println("err:", sc.Err(), "lines:", lines, "scan again:", sc.Scan())

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  jumps "))
	words.Split(bufio.ScanWords)
	var ws []string
	for words.Scan() {
		ws = append(ws, words.Text())
	}
	fmt.Printf("%q %v\n", ws, words.Err())

	runes := bufio.NewScanner(strings.NewReader("añ€\xff!"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()

	bytes := bufio.NewScanner(strings.NewReader("xyz"))
	bytes.Split(bufio.ScanBytes)
	for bytes.Scan() {
		fmt.Print(bytes.Bytes(), " ")
	}
	fmt.Println()

	// a token longer than the maximum
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
		fmt.Println("token", long.Text())
	}
	fmt.Println("long err:", long.Err(), long.Err() == bufio.ErrTooLong)

	// a custom split function: comma-separated values, ErrFinalToken at "stop"
	csv := bufio.NewScanner(strings.NewReader("a,b,stop,c"))
	csv.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				if string(data[:i]) == "stop" {
					return i + 1, data[:i], bufio.ErrFinalToken
				}
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for csv.Scan() {
		fmt.Print("[", csv.Text(), "]")
	}
	fmt.Println(" err:", csv.Err())
	defer func() { fmt.Println("recovered:", recover()) }()
	csv.Split(bufio.ScanLines)
}
