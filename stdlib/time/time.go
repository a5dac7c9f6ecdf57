// Package time: durations, the clock, sleeping, timers and tickers (timer.go).
//
// Sleep parks the calling goroutine on the scheduler's timer heap (no thread
// sleeps). Written in the subset of Go the compiler supports in this step; the
// bodiless functions are natives bound by govm (time.Sleep, time.now,
// time.Duration.String).
package time

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond Duration = 1000 * Nanosecond
	Millisecond Duration = 1000 * Microsecond
	Second      Duration = 1000 * Millisecond
	Minute      Duration = 60 * Second
	Hour        Duration = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Sleep pauses the current goroutine for at least d; d <= 0 returns at once.
func Sleep(d Duration)

// now returns the wall clock (ns since the Unix epoch) and the monotonic clock (ns).
func now() (int64, int64)

// String formats d as Go does: "72h3m0.5s", "1.5s", "100ms", "1µs", "0s".
func (d Duration) String() string

// Nanoseconds returns d as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1000 }

// Milliseconds returns d as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1000000 }

// Seconds returns d as a floating-point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1000000000
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/60000000000
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/3600000000000
}

// Truncate returns d rounded toward zero to a multiple of m (d if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns d rounded to the nearest multiple of m, halfway values away from
// zero, saturating on overflow (d if m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (the maximum Duration for the minimum one).
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

// A Time is an instant: wall clock nanoseconds since the Unix epoch plus a
// monotonic reading (> 0 when present) used for differences. The zero Time
// (January 1, year 1 UTC) is {0, 0}; negative mono values encode the
// Location of a time without monotonic reading (see calendar.go). Times are representable from 1677 to 2262 (int64 ns).
type Time struct {
	wall int64
	mono int64
}

// Now returns the current time.
func Now() Time {
	w, m := now()
	var t Time
	t.wall = w
	t.mono = m
	return t
}

// Since returns the time elapsed since t.
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t.
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Sub returns t-u, using the monotonic readings when both have one.
func (t Time) Sub(u Time) Duration {
	if t.mono > 0 && u.mono > 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	r := t
	r.wall = t.wall + int64(d)
	if t.mono > 0 {
		r.mono = t.mono + int64(d)
	} else {
		r = r.setLoc(t.isLocal())
	}
	return r
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.mono > 0 && u.mono > 0 {
		return t.mono < u.mono
	}
	return t.wall < u.wall
}

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	return u.Before(t)
}

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool {
	if t.mono > 0 && u.mono > 0 {
		return t.mono == u.mono
	}
	return t.wall == u.wall
}

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool {
	return t.wall == 0 && t.mono == 0
}

// Unix returns t as seconds since the Unix epoch.
func (t Time) Unix() int64 {
	if t.IsZero() {
		return -unixToInternal
	}
	s := t.wall / 1000000000
	if t.wall%1000000000 < 0 {
		s--
	}
	return s
}

// UnixMilli returns t as milliseconds since the Unix epoch.
func (t Time) UnixMilli() int64 {
	if t.IsZero() {
		return -unixToInternal * 1000
	}
	return t.wall / 1000000
}

// UnixMicro returns t as microseconds since the Unix epoch.
func (t Time) UnixMicro() int64 {
	if t.IsZero() {
		return -unixToInternal * 1000000
	}
	return t.wall / 1000
}

// UnixNano returns t as nanoseconds since the Unix epoch.
func (t Time) UnixNano() int64 {
	return t.wall
}
