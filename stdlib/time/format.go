package time

// Time formatting with Go's reference-time layouts ("2006-01-02 15:04:05").
// Every Time is in UTC here, so zone elements print as UTC does.

// Predefined layouts.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// Layout elements.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdUTCOffset // -0700, -07:00, -07, -070000, -07:00:00
	stdISOOffset // Z0700, Z07:00, Z07, Z070000, Z07:00:00
	stdFracZero  // .000...: fixed digits
	stdFracNine  // .999...: trailing zeros dropped
)

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// nextStd finds the first layout element of layout: the text before it, the
// element (with its digit count or offset text) and the text after it.
func nextStd(layout string) (prefix string, std int, arg string, suffix string) {
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		switch c {
		case 'J':
			if hasPrefixAt(layout, i, "January") {
				return layout[:i], stdLongMonth, "", layout[i+7:]
			}
			if hasPrefixAt(layout, i, "Jan") {
				return layout[:i], stdMonth, "", layout[i+3:]
			}
		case 'M':
			if hasPrefixAt(layout, i, "Monday") {
				return layout[:i], stdLongWeekDay, "", layout[i+6:]
			}
			if hasPrefixAt(layout, i, "Mon") {
				return layout[:i], stdWeekDay, "", layout[i+3:]
			}
			if hasPrefixAt(layout, i, "MST") {
				return layout[:i], stdTZ, "", layout[i+3:]
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				k := []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[layout[i+1]-'1']
				return layout[:i], k, "", layout[i+2:]
			}
		case '1':
			if hasPrefixAt(layout, i, "15") {
				return layout[:i], stdHour, "", layout[i+2:]
			}
			return layout[:i], stdNumMonth, "", layout[i+1:]
		case '2':
			if hasPrefixAt(layout, i, "2006") {
				return layout[:i], stdLongYear, "", layout[i+4:]
			}
			return layout[:i], stdDay, "", layout[i+1:]
		case '_':
			if hasPrefixAt(layout, i, "_2") {
				if hasPrefixAt(layout, i+1, "2006") {
					return layout[:i+1], stdLongYear, "", layout[i+5:]
				}
				return layout[:i], stdUnderDay, "", layout[i+2:]
			}
		case '3':
			return layout[:i], stdHour12, "", layout[i+1:]
		case '4':
			return layout[:i], stdMinute, "", layout[i+1:]
		case '5':
			return layout[:i], stdSecond, "", layout[i+1:]
		case 'P':
			if hasPrefixAt(layout, i, "PM") {
				return layout[:i], stdPM, "", layout[i+2:]
			}
		case 'p':
			if hasPrefixAt(layout, i, "pm") {
				return layout[:i], stdpm, "", layout[i+2:]
			}
		case '-', 'Z':
			k := stdUTCOffset
			if c == 'Z' {
				k = stdISOOffset
			}
			for _, f := range []string{"070000", "07:00:00", "0700", "07:00", "07"} {
				if hasPrefixAt(layout, i+1, f) {
					return layout[:i], k, f, layout[i+1+len(f):]
				}
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigitAt(layout, j) {
					k := stdFracZero
					if ch == '9' {
						k = stdFracNine
					}
					return layout[:i], k, layout[i:j], layout[j:]
				}
			}
		}
	}
	return layout, stdNone, "", ""
}

// appendInt appends x zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	if x < 0 {
		b = append(b, '-')
		x = -x
	}
	s := itoa(int64(x))
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Format returns a textual representation of the time value formatted
// according to layout, which shows how the reference time
// "Mon Jan 2 15:04:05 -0700 MST 2006" would be displayed.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	nsec := t.Nanosecond()
	for layout != "" {
		prefix, std, arg, suffix := nextStd(layout)
		b = append(b, prefix...)
		if std == stdNone {
			break
		}
		layout = suffix
		switch std {
		case stdYear:
			y := year % 100
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			w := 0
			if std == stdZeroHour12 {
				w = 2
			}
			b = appendInt(b, hr, w)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdTZ:
			b = append(b, "UTC"...)
		case stdISOOffset:
			b = append(b, 'Z')
		case stdUTCOffset:
			switch arg {
			case "070000":
				b = append(b, "+000000"...)
			case "07:00:00":
				b = append(b, "+00:00:00"...)
			case "0700":
				b = append(b, "+0000"...)
			case "07:00":
				b = append(b, "+00:00"...)
			default:
				b = append(b, "+00"...)
			}
		case stdFracZero, stdFracNine:
			b = appendFrac(b, nsec, arg, std == stdFracNine)
		}
	}
	return b
}

// appendFrac appends the fraction element arg (".000", ",999", ...) for nsec.
func appendFrac(b []byte, nsec int, arg string, trim bool) []byte {
	n := len(arg) - 1
	if n > 9 {
		n = 9
	}
	digits := appendInt(nil, nsec, 9)[:n]
	if trim {
		for len(digits) > 0 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		if len(digits) == 0 {
			return b
		}
	}
	b = append(b, arg[0])
	return append(b, digits...)
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700
// MST", followed by " m=±<seconds>" when t has a monotonic reading.
func (t Time) String() string {
	b := t.AppendFormat(nil, "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono > 0 {
		m := t.mono
		b = append(b, " m=+"...)
		b = appendInt(b, int(m/1e9), 0)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
	}
	return string(b)
}

// GoString implements fmt.GoStringer.
func (t Time) GoString() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return "time.Date(" + itoa(int64(y)) + ", time." + mo.String() + ", " + itoa(int64(d)) + ", " +
		itoa(int64(h)) + ", " + itoa(int64(mi)) + ", " + itoa(int64(s)) + ", " + itoa(int64(t.Nanosecond())) + ", time." + t.Location().String() + ")"
}
