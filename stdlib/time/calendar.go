package time

import "errors"

// The calendar: Go's proleptic Gregorian calendar in UTC. This runtime has no
// time zone database: Local is UTC (what Go shows on a machine whose zone is
// UTC), and every Time prints as "+0000 UTC".

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// unixToInternal is the number of seconds from January 1, year 1 to the
	// Unix epoch.
	unixToInternal int64 = 62135596800

	// Time.mono without a monotonic reading: 0 (or noMonoMark when wall is 0,
	// so the Unix epoch differs from the zero Time) for a UTC time, monoLocal
	// for a Local one. A time with a monotonic reading (> 0, from Now) is Local.
	noMonoMark = -1
	monoLocal  = -2
)

// isLocal reports whether t's Location is Local.
func (t Time) isLocal() bool { return t.mono > 0 || t.mono == monoLocal }

// setLoc drops t's monotonic reading and sets its Location.
func (t Time) setLoc(local bool) Time {
	switch {
	case local:
		t.mono = monoLocal
	case t.wall == 0:
		t.mono = noMonoMark
	default:
		t.mono = 0
	}
	return t
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// A Location maps time instants to the zone in use at that time. Only UTC
// exists here (Local is UTC).
type Location struct {
	name string
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone (UTC in this runtime).
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [24]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	var u uint64
	if neg {
		u = uint64(-v)
	} else {
		u = uint64(v)
	}
	var b [24]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// fromUnix builds a Time from Unix seconds and nanoseconds (normalized).
func fromUnix(sec, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	var t Time
	t.wall = sec*1e9 + nsec
	return t.setLoc(true)
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time { return fromUnix(sec, nsec) }

// UnixMilli returns the local Time corresponding to the given Unix time, msec
// milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return fromUnix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time, usec
// microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return fromUnix(usec/1e6, (usec%1e6)*1e3) }

// abs returns t as seconds since January 1, year 1 and nanoseconds.
func (t Time) abs() (sec int64, nsec int64) {
	if t.IsZero() {
		return 0, 0
	}
	s := t.wall / 1e9
	ns := t.wall % 1e9
	if ns < 0 {
		ns += 1e9
		s--
	}
	return s + unixToInternal, ns
}

// daysFromCivil returns the days since 1970-01-01 of y-m-d (proleptic
// Gregorian; m in 1..12, d may be out of range and is added as is).
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y int64, m int64, d int64) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

// days returns the whole days since 1970-01-01 and the seconds into the day.
func (t Time) days() (days int64, secOfDay int64) {
	sec, _ := t.abs()
	sec -= unixToInternal
	days = sec / secondsPerDay
	secOfDay = sec % secondsPerDay
	if secOfDay < 0 {
		secOfDay += secondsPerDay
		days--
	}
	return
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds, normalizing out-of-range values as Go does (October 32 is
// November 1). It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int64(month) - 1
	y := int64(year) + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	days := daysFromCivil(y, m+1, 1) + int64(day) - 1
	s := days*secondsPerDay + int64(hour)*secondsPerHour + int64(min)*secondsPerMinute + int64(sec)
	return fromUnix(s, int64(nsec)).setLoc(loc != UTC)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	y, m, dd := civilFromDays(d)
	return int(y), Month(m), int(dd)
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	w := (d + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1,365] for
// non-leap years and [1,366] in leap years.
func (t Time) YearDay() int {
	d, _ := t.days()
	y, _, _ := civilFromDays(d)
	return int(d-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// The week belongs to the year of its Thursday.
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wd)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int {
	_, ns := t.abs()
	return int(ns)
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t, normalized like Date.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, t.Nanosecond(), t.Location())
}

// UTC returns t with the location set to UTC (and no monotonic reading).
func (t Time) UTC() Time { return t.setLoc(false) }

// Local returns t with the location set to local time (UTC here).
func (t Time) Local() Time { return t.setLoc(true) }

// In returns t in location loc (UTC here). In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.setLoc(loc != UTC)
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.isLocal() {
		return Local
	}
	return UTC
}

// Zone computes the time zone in effect at time t: always "UTC", 0.
func (t Time) Zone() (name string, offset int) { return "UTC", 0 }

// stripMono returns t without its monotonic reading (Go's t.Round(0)).
func (t Time) stripMono() Time {
	if t.mono > 0 {
		return t.setLoc(true)
	}
	return t
}

// rem returns the remainder of t (since year 1) modulo d > 0.
func (t Time) rem(d Duration) Duration {
	sec, nsec := t.abs()
	if d < Second && Second%(d+d) == 0 {
		return Duration(nsec % int64(d))
	}
	if d%Second == 0 {
		d1 := int64(d / Second)
		return Duration(sec%d1)*Second + Duration(nsec)
	}
	// (sec*1e9 + nsec) mod d without overflow: sec*1e9 mod d by doubling.
	r := mulmod(uint64(sec), 1e9, uint64(d))
	r = (r + uint64(nsec)) % uint64(d)
	return Duration(r)
}

// mulmod returns a*b mod m for m < 2^63 by shift-and-add.
func mulmod(a, b, m uint64) uint64 {
	a %= m
	var r uint64
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// Truncate returns the result of rounding t down to a multiple of d (since
// the zero time), without a monotonic reading. d <= 0 returns t stripped.
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// Round returns the result of rounding t to the nearest multiple of d (since
// the zero time), halfway values rounding up, without a monotonic reading.
func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* from s as a fraction: its value
// (digits that still fit) and scale (10^digits kept).
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

func quote(s string) string {
	return "\"" + s + "\""
}

// ParseDuration parses a duration string: a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix, such as
// "300ms", "-1.5h" or "2h45m". Valid units are "ns", "us" (or "µs"), "ms",
// "s", "m", "h". Errors read as Go's (`time: invalid duration "x"`).
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var err error
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}
