// time.Duration constants, arithmetic and String() as Go prints it.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond)
	fmt.Println(time.Second, time.Minute, time.Hour)
	fmt.Println(1500*time.Millisecond, 90*time.Second, 36*time.Hour)
	fmt.Println(time.Duration(0), time.Duration(1), time.Duration(999))
	fmt.Println(time.Duration(1500), time.Duration(1500000), 2*time.Hour+3*time.Minute+4*time.Second+5*time.Millisecond)
	fmt.Println(-5*time.Second, -time.Duration(1), -90*time.Minute)
	d := 250 * time.Millisecond
	fmt.Println(d, d*4, d/2, d.String())
	fmt.Printf("%v %d %s\n", d, d, d)
	fmt.Printf("[%8v][%-8v]\n", time.Second, time.Second)
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 100 * time.Millisecond
	}
	fmt.Println("total", total, total > time.Second, total == time.Second)
	n := 3
	fmt.Println(time.Duration(n)*time.Minute + 30*time.Second)
	fmt.Println(time.Duration(1<<63 - 1))
	fmt.Println(int64(time.Hour), int64(time.Millisecond))
	fmt.Println(1*time.Hour + 1*time.Nanosecond)
	fmt.Println(100*time.Microsecond + 1)
}
