package main

import (
	"fmt"
	"time"
)

func main() {
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Year(), z.Weekday(), z.YearDay())
	e := time.Unix(0, 0).UTC()
	fmt.Println(e, e.IsZero(), e.Unix())
	fmt.Println(time.Unix(1e9, 5).UTC(), time.UnixMilli(-1).UTC(), time.Unix(-86400*365*60, 0).UTC())
	for _, ymd := range [][3]int{{2000, 2, 29}, {1900, 2, 29}, {2024, 12, 31}, {2023, 13, 1}, {2023, 0, 0}, {2023, 1, 32}, {1999, 12, 31}, {2020, 1, 1}, {2021, 1, 3}, {2026, 11, 28}} {
		t := time.Date(ymd[0], time.Month(ymd[1]), ymd[2], 25, 61, -1, 1e9+5, time.UTC)
		y, w := t.ISOWeek()
		fmt.Println(t, t.Weekday(), t.YearDay(), y, w)
	}
	t := time.Date(2009, time.November, 10, 23, 4, 5, 67890, time.UTC)
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006/1/2 3:4:5 pm", "Monday January _2 2006", "_2006 06", "15h04m05s .9 .99 ,000000", "Z0700 Z07 -07 -070000 -07:00:00", "02 Jan 06 ~ 1 2 3"}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	fmt.Printf("%v|%s|%d\n", t.Month(), t.Weekday(), t.Month())
	fmt.Printf("%#v\n", t)
	fmt.Println(t.AddDate(0, 3, 0), t.AddDate(-1, -11, -10), t.AddDate(0, 0, 365))
	for _, d := range []time.Duration{time.Second, 7 * time.Hour, 24 * time.Hour, 1500 * time.Millisecond, 333 * time.Nanosecond, 17 * time.Minute, 0} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	a := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b), a.Sub(b).Hours()/24, a.After(b), a.Equal(b.AddDate(0, 1, 0)))
	fmt.Println(time.January, time.Saturday, time.Month(13), time.Weekday(-1), time.UTC, time.Local)
	h, m, s := t.Clock()
	fmt.Println(h, m, s, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location(), t.UnixNano(), t.UnixMicro())
	now := time.Now()
	fmt.Println(now.Year() >= 2023, now.Location())
}
