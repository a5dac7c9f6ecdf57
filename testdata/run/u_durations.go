package main

import (
	"fmt"
	"time"
)

type Stage struct {
	Name string
	Cost time.Duration
}

func plan(stages []Stage, budget time.Duration) (total time.Duration, fits []string) {
	for _, s := range stages {
		if total+s.Cost > budget {
			continue
		}
		total += s.Cost
		fits = append(fits, s.Name)
	}
	return
}

func main() {
	stages := []Stage{
		{"fetch", 1500 * time.Millisecond},
		{"build", 2*time.Minute + 30*time.Second},
		{"test", 45 * time.Second},
		{"lint", 800 * time.Microsecond},
		{"deploy", time.Hour + 5*time.Minute},
		{"notify", 250 * time.Nanosecond},
	}
	for _, s := range stages {
		fmt.Printf("%-7s %12v %14d ns\n", s.Name, s.Cost, int64(s.Cost))
	}
	total, fits := plan(stages, 5*time.Minute)
	fmt.Println("total", total, "fits", fits)
	n := 3
	d := time.Duration(n) * time.Second
	fmt.Println(d, d.Seconds(), d.Milliseconds(), time.Duration(1)*time.Hour/7)
	fmt.Println(time.Duration(0), -2*time.Second, time.Duration(1<<62))
	fmt.Println(90*time.Minute, (90 * time.Minute).Hours(), (90 * time.Minute).Minutes())
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 10*time.Millisecond, el < 5*time.Second)
	fmt.Println(d.String() == "3s", fmt.Sprint(time.Millisecond*1234))
	timeouts := []time.Duration{time.Second, 10 * time.Millisecond}
	fmt.Println(timeouts)
	fmt.Printf("%v %s %d %T\n", time.Second, time.Second, time.Second, time.Second)
}
