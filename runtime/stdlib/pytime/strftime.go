package pytime

import (
	"strconv"
	"strings"
	gotime "time"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Strftime formats t (in UTC) as C's strftime does in the C locale; micro is the value of
// %f (used by datetime, which passes microseconds; time.strftime passes 0). Unknown
// directives are copied unchanged, as glibc does.
func Strftime(format string, t gotime.Time, micro int) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		d := format[i]
		switch d {
		case 'a':
			b.WriteString(dayNames[t.Weekday()][:3])
		case 'A':
			b.WriteString(dayNames[t.Weekday()])
		case 'b', 'h':
			b.WriteString(monthNames[t.Month()-1][:3])
		case 'B':
			b.WriteString(monthNames[t.Month()-1])
		case 'c':
			s, _ := Strftime("%a %b %e %H:%M:%S %Y", t, micro)
			b.WriteString(s)
		case 'C':
			b.WriteString(msgfmt.Sprintf("%02d", t.Year()/100))
		case 'd':
			b.WriteString(msgfmt.Sprintf("%02d", t.Day()))
		case 'D', 'x':
			b.WriteString(msgfmt.Sprintf("%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100))
		case 'e':
			b.WriteString(msgfmt.Sprintf("%2d", t.Day()))
		case 'f':
			b.WriteString(msgfmt.Sprintf("%06d", micro))
		case 'F':
			b.WriteString(msgfmt.Sprintf("%d-%02d-%02d", t.Year(), int(t.Month()), t.Day()))
		case 'G':
			y, _ := t.ISOWeek()
			b.WriteString(msgfmt.Sprintf("%d", y))
		case 'g':
			y, _ := t.ISOWeek()
			b.WriteString(msgfmt.Sprintf("%02d", y%100))
		case 'H':
			b.WriteString(msgfmt.Sprintf("%02d", t.Hour()))
		case 'I':
			b.WriteString(msgfmt.Sprintf("%02d", (t.Hour()+11)%12+1))
		case 'j':
			b.WriteString(msgfmt.Sprintf("%03d", t.YearDay()))
		case 'k':
			b.WriteString(msgfmt.Sprintf("%2d", t.Hour()))
		case 'l':
			b.WriteString(msgfmt.Sprintf("%2d", (t.Hour()+11)%12+1))
		case 'm':
			b.WriteString(msgfmt.Sprintf("%02d", int(t.Month())))
		case 'M':
			b.WriteString(msgfmt.Sprintf("%02d", t.Minute()))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			s, _ := Strftime("%I:%M:%S %p", t, micro)
			b.WriteString(s)
		case 'R':
			b.WriteString(msgfmt.Sprintf("%02d:%02d", t.Hour(), t.Minute()))
		case 's':
			b.WriteString(msgfmt.Sprintf("%d", t.Unix()))
		case 'S':
			b.WriteString(msgfmt.Sprintf("%02d", t.Second()))
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(msgfmt.Sprintf("%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second()))
		case 'u':
			b.WriteString(msgfmt.Sprintf("%d", (int(t.Weekday())+6)%7+1))
		case 'U':
			b.WriteString(msgfmt.Sprintf("%02d", (t.YearDay()+6-int(t.Weekday()))/7))
		case 'V':
			_, w := t.ISOWeek()
			b.WriteString(msgfmt.Sprintf("%02d", w))
		case 'w':
			b.WriteString(msgfmt.Sprintf("%d", int(t.Weekday())))
		case 'W':
			b.WriteString(msgfmt.Sprintf("%02d", (t.YearDay()+6-(int(t.Weekday())+6)%7)/7))
		case 'y':
			b.WriteString(msgfmt.Sprintf("%02d", t.Year()%100))
		case 'Y':
			b.WriteString(msgfmt.Sprintf("%d", t.Year()))
		case 'z':
			b.WriteString("+0000")
		case 'Z':
			b.WriteString("UTC")
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(d)
		}
	}
	return b.String(), nil
}

// Parsed is the result of Strptime.
type Parsed struct {
	Year, Month, Day, Hour, Minute, Second, Micro int
	// Weekday is Monday=0 ... Sunday=6, or -1 when not parsed.
	Weekday int
	// YearDay is 1-based, or -1 when not parsed.
	YearDay int
}

// StructFields returns the values of a struct_time for p, computing the weekday and the day
// of the year from the date as CPython's _strptime does (tm_isdst is -1).
func (p *Parsed) StructFields() []vm.Value {
	t := gotime.Date(p.Year, gotime.Month(p.Month), p.Day, p.Hour, p.Minute, p.Second, 0, gotime.UTC)
	return []vm.Value{vm.Int(p.Year), vm.Int(p.Month), vm.Int(p.Day), vm.Int(p.Hour),
		vm.Int(p.Minute), vm.Int(p.Second), vm.Int((int(t.Weekday()) + 6) % 7), vm.Int(t.YearDay()),
		vm.Int(-1), vm.None, vm.None}
}

// Strptime parses s against format, supporting the common directives (%Y %m %d %H %M %S %y
// %b %B %a %A %j %p %I %f %z %Z %%). Errors are CPython's ValueErrors.
func Strptime(s, format string) (*Parsed, error) {
	p := &Parsed{Year: 1900, Month: 1, Day: 1, Weekday: -1, YearDay: -1}
	mismatch := func() error {
		return vm.Errorf(vm.ValueErrorType, "time data %s does not match format %s", pyQuote(s), pyQuote(format))
	}
	pm := -1
	j := 0
	num := func(maxDigits int) (int, bool) {
		k := j
		for k < len(s) && k-j < maxDigits && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j {
			return 0, false
		}
		n, _ := strconv.Atoi(s[j:k])
		j = k
		return n, true
	}
	name := func(names []string) (int, bool) {
		for i, n := range names {
			for _, cand := range []string{n, n[:3]} {
				if len(s)-j >= len(cand) && strings.EqualFold(s[j:j+len(cand)], cand) {
					j += len(cand)
					return i, true
				}
			}
		}
		return 0, false
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' {
			for j < len(s) && s[j] == ' ' {
				j++
			}
			continue
		}
		if c != '%' || i+1 == len(format) {
			if j >= len(s) || s[j] != c {
				return nil, mismatch()
			}
			j++
			continue
		}
		i++
		var ok bool
		switch format[i] {
		case 'Y':
			p.Year, ok = num(4)
		case 'y':
			var y int
			if y, ok = num(2); ok {
				if y < 69 {
					p.Year = 2000 + y
				} else {
					p.Year = 1900 + y
				}
			}
		case 'm':
			p.Month, ok = num(2)
			ok = ok && p.Month >= 1 && p.Month <= 12
		case 'd':
			p.Day, ok = num(2)
			ok = ok && p.Day >= 1 && p.Day <= 31
		case 'H':
			p.Hour, ok = num(2)
			ok = ok && p.Hour <= 23
		case 'I':
			p.Hour, ok = num(2)
			ok = ok && p.Hour >= 1 && p.Hour <= 12
		case 'M':
			p.Minute, ok = num(2)
			ok = ok && p.Minute <= 59
		case 'S':
			p.Second, ok = num(2)
			ok = ok && p.Second <= 61
		case 'f':
			start := j
			p.Micro, ok = num(6)
			for k := j - start; k < 6; k++ {
				p.Micro *= 10
			}
		case 'j':
			p.YearDay, ok = num(3)
		case 'b', 'B', 'h':
			var mo int
			mo, ok = name(monthNames)
			p.Month = mo + 1
		case 'a', 'A':
			var wd int
			wd, ok = name(dayNames)
			p.Weekday = (wd + 6) % 7
		case 'p':
			var ap int
			ap, ok = name([]string{"AM", "PM"})
			pm = ap
		case 'z':
			k := j
			for k < len(s) && strings.IndexByte("+-0123456789:", s[k]) >= 0 {
				k++
			}
			ok = k > j
			j = k
		case 'Z':
			_, ok = name([]string{"UTC", "GMT"})
		case '%':
			ok = j < len(s) && s[j] == '%'
			j++
		default:
			return nil, vm.Errorf(vm.ValueErrorType, "'%c' is a bad directive in format '%s'", format[i], format)
		}
		if !ok {
			return nil, mismatch()
		}
	}
	if j < len(s) {
		return nil, vm.Errorf(vm.ValueErrorType, "unconverted data remains: %s", s[j:])
	}
	if pm == 1 && p.Hour != 12 {
		p.Hour += 12
	} else if pm == 0 && p.Hour == 12 {
		p.Hour = 0
	}
	if p.YearDay > 0 && p.Month == 1 && p.Day == 1 {
		t := gotime.Date(p.Year, 1, p.YearDay, 0, 0, 0, 0, gotime.UTC)
		p.Month, p.Day = int(t.Month()), t.Day()
	}
	return p, nil
}

// pyQuote quotes s as Python's repr of a str does for plain text.
func pyQuote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		return "\"" + s + "\""
	}
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, "\\", "\\\\"), "'", "\\'") + "'"
}
