package main

import (
	"fmt"
	"strconv"
)

func parseAll(in []string) (sum int, bad []string) {
	for _, s := range in {
		n, err := strconv.Atoi(s)
		if err != nil {
			bad = append(bad, err.Error())
			continue
		}
		sum += n
	}
	return
}

func main() {
	sum, bad := parseAll([]string{"12", "-7", "x1", "100", "", "99999999999999999999"})
	fmt.Println(sum)
	for _, b := range bad {
		fmt.Println(b)
	}
	fmt.Println(strconv.Itoa(-45) + "!")
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.Quote("tab\there"))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatBool(false), strconv.Quote("é"), strconv.QuoteRune('x'))
	if v, err := strconv.Atoi("42"); err == nil {
		fmt.Printf("%d %T\n", v*2, v)
	}
}
