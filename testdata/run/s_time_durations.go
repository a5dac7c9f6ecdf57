package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Second, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond, -2 * time.Minute, 1<<63 - 1, -1 << 63, 2*time.Second + 300*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.String(), int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 7 * time.Hour} {
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println(time.Duration(1<<63 - 1).Round(time.Hour), time.Duration(-1 << 63).Round(time.Hour))
	fmt.Printf("%v %d %s %.1f %8v|\n", time.Second, time.Second, 2*time.Minute, time.Duration(1500).Seconds(), 5*time.Millisecond)
	for _, s := range []string{"1h30m", "1.5h", "300ms", "-1.5h", "2h45m30.5s", "1µs", "1us", "10ns", "0", "", "1", "3d", "1.h", ".5m", "9223372036854775807ns", "9223372036854775808ns"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)
	deadline := time.Now().Add(time.Hour)
	u := time.Until(deadline)
	fmt.Println(u > 59*time.Minute && u <= time.Hour)
	fmt.Println(time.Now().After(start), start.Before(time.Now()), start.Sub(start))
	t := time.Date(2023, time.March, 15, 10, 30, 45, 123456789, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Truncate(time.Hour).Format(time.RFC3339), t.Round(time.Second).Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000 Mon Jan"), t.Add(36*time.Hour).Format(time.Kitchen), t.AddDate(0, 1, 20).Format("Jan 2, 2006"))
	fmt.Println(t.Unix(), t.UnixMilli(), t.Sub(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(t)
	timeout := time.After(30 * time.Millisecond)
	tick := time.NewTicker(10 * time.Millisecond)
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			break loop
		}
	}
	tick.Stop()
	fmt.Println(n >= 1 && n <= 3)
}
