// Package msgfmt formats the engine's messages without package fmt.
//
// fmt reaches every value through package reflect, so a program that calls fmt.Sprintf links
// fmt's printer, reflect and reflect's type metadata whole: about 35 KB of brotli in the
// browser engine, which never needs any of it (issue #5). msgfmt's Sprintf, Errorf and
// Appendf take the same format strings and give byte-identical results for the subset of fmt
// the engine's messages use:
//
//	%v %s      strings, errors, fmt.Stringer-shaped values (String() string),
//	           booleans, integers and floats of the predeclared types, nil
//	%d %x %X %o %c %q   integers of the predeclared types (%x %X %q also strings, %c runes)
//	%s %q %x %X         []byte
//	%g %e %f   float32 and float64
//	%w         in Errorf: the error, formatted as %v, which Unwrap returns
//	%%         a percent sign
//
// with the flags - + # 0 and space, a width and a precision written as digits. Named types
// are seen as their methods only, since telling their kind needs reflect: pass int(k) for a
// named integer type without a String method. Whatever else a format asks for (another verb,
// %T, * widths, a value of another type) is written visibly as "%!v(unsupported)"; a missing
// argument is written "%!d(MISSING)" as fmt writes it, and extra arguments add "%!(EXTRA)".
package msgfmt

import (
	"strconv"
	"unicode/utf8"
)

// stringer is fmt.Stringer, declared here so that this package needs nothing of fmt.
type stringer interface{ String() string }

// Sprintf formats args according to format, as fmt.Sprintf does for the supported subset.
func Sprintf(format string, args ...any) string {
	return string(Appendf(nil, format, args...))
}

// Errorf returns an error whose message is Sprintf(format, args...). If format has a %w
// verb, the error's Unwrap method returns that argument, as with fmt.Errorf.
func Errorf(format string, args ...any) error {
	p := printer{wrap: true}
	p.printf(format, args)
	e := &wrapError{msg: string(p.buf)}
	if p.wrapped != nil {
		e.err = p.wrapped
	}
	return e
}

// Appendf appends the formatted text to b and returns the extended slice.
func Appendf(b []byte, format string, args ...any) []byte {
	p := printer{buf: b}
	p.printf(format, args)
	return p.buf
}

// wrapError is Errorf's error: its message, and the error of its %w verb, if any.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

// Unwrap returns the error of the %w verb, or nil.
func (e *wrapError) Unwrap() error { return e.err }

// spec is one directive's flags, width and precision.
type spec struct {
	minus, plus, sharp, space, zero bool
	wid, prec                       int // -1 when absent
}

// printer accumulates formatted text.
type printer struct {
	buf     []byte
	wrap    bool  // Errorf: %w is allowed
	wrapped error // the first %w argument
}

func (p *printer) printf(format string, args []any) {
	argi := 0
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			j := i + 1
			for j < len(format) && format[j] != '%' {
				j++
			}
			p.buf = append(p.buf, format[i:j]...)
			i = j
			continue
		}
		i++
		s := spec{wid: -1, prec: -1}
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				s.minus = true
			case '+':
				s.plus = true
			case '#':
				s.sharp = true
			case ' ':
				s.space = true
			case '0':
				s.zero = true
			default:
				break flags
			}
		}
		s.wid, i = digits(format, i)
		if i < len(format) && format[i] == '.' {
			s.prec, i = digits(format, i+1)
			if s.prec < 0 {
				s.prec = 0
			}
		}
		if i >= len(format) {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		if verb == '%' {
			p.buf = append(p.buf, '%')
			continue
		}
		if argi >= len(args) {
			p.bad(verb, "MISSING")
			continue
		}
		arg := args[argi]
		argi++
		if verb == 'w' {
			err, ok := arg.(error)
			if !p.wrap || !ok {
				p.bad(verb, "unsupported")
				continue
			}
			if p.wrapped == nil {
				p.wrapped = err
			}
			verb = 'v'
		}
		p.arg(arg, verb, s)
	}
	if argi < len(args) {
		p.buf = append(p.buf, "%!(EXTRA)"...)
	}
}

// digits reads a decimal number at format[i:]; it returns -1 if there is none.
func digits(format string, i int) (int, int) {
	n := -1
	for ; i < len(format) && '0' <= format[i] && format[i] <= '9'; i++ {
		if n < 0 {
			n = 0
		}
		if n < 1e6 {
			n = n*10 + int(format[i]-'0')
		}
	}
	return n, i
}

// bad writes "%!verb(what)".
func (p *printer) bad(verb rune, what string) {
	p.buf = append(p.buf, "%!"...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	p.buf = append(p.buf, what...)
	p.buf = append(p.buf, ')')
}

// arg formats one argument.
func (p *printer) arg(arg any, verb rune, s spec) {
	switch v := arg.(type) {
	case nil:
		if verb == 'v' {
			p.pad([]byte("<nil>"), s)
			return
		}
	case bool:
		if verb == 'v' {
			p.pad(strconv.AppendBool(nil, v), s)
			return
		}
	case string:
		p.str(v, verb, s)
		return
	case []byte:
		if verb != 'v' { // fmt's %v of a []byte is a list of numbers
			p.str(string(v), verb, s)
			return
		}
	case int:
		p.integer(uint64(v), v < 0, verb, s)
		return
	case int8:
		p.integer(uint64(v), v < 0, verb, s)
		return
	case int16:
		p.integer(uint64(v), v < 0, verb, s)
		return
	case int32:
		p.integer(uint64(v), v < 0, verb, s)
		return
	case int64:
		p.integer(uint64(v), v < 0, verb, s)
		return
	case uint:
		p.integer(uint64(v), false, verb, s)
		return
	case uint8:
		p.integer(uint64(v), false, verb, s)
		return
	case uint16:
		p.integer(uint64(v), false, verb, s)
		return
	case uint32:
		p.integer(uint64(v), false, verb, s)
		return
	case uint64:
		p.integer(v, false, verb, s)
		return
	case uintptr:
		p.integer(uint64(v), false, verb, s)
		return
	case float64:
		p.float(v, 64, verb, s)
		return
	case float32:
		p.float(float64(v), 32, verb, s)
		return
	case error:
		// fmt calls Error and String for %v %s %x %X and %q only.
		switch verb {
		case 'v', 's', 'x', 'X', 'q':
			p.str(v.Error(), verb, s)
			return
		}
	case stringer:
		switch verb {
		case 'v', 's', 'x', 'X', 'q':
			p.str(v.String(), verb, s)
			return
		}
	}
	p.bad(verb, "unsupported")
}

// str formats a string for %v %s %q %x %X.
func (p *printer) str(v string, verb rune, s spec) {
	switch verb {
	case 'v', 's':
		if s.prec >= 0 {
			v = truncate(v, s.prec)
		}
		p.pad([]byte(v), s)
	case 'q':
		if s.prec >= 0 {
			v = truncate(v, s.prec)
		}
		if s.plus {
			p.pad(strconv.AppendQuoteToASCII(nil, v), s)
		} else {
			p.pad(strconv.AppendQuote(nil, v), s)
		}
	case 'x', 'X':
		if s.sharp || s.space || s.prec >= 0 {
			p.bad(verb, "unsupported")
			return
		}
		digits := "0123456789abcdef"
		if verb == 'X' {
			digits = "0123456789ABCDEF"
		}
		b := make([]byte, 0, 2*len(v))
		for i := 0; i < len(v); i++ {
			b = append(b, digits[v[i]>>4], digits[v[i]&15])
		}
		p.pad(b, s)
	default:
		p.bad(verb, "unsupported")
	}
}

// truncate returns the first n characters of v.
func truncate(v string, n int) string {
	for i := range v {
		if n == 0 {
			return v[:i]
		}
		n--
	}
	return v
}

// integer formats the integer whose magnitude's two's complement is u (negative tells its
// sign) for %v %d %x %X %o %c %q, with fmt's rules for signs, prefixes and zero padding.
func (p *printer) integer(u uint64, negative bool, verb rune, s spec) {
	if verb == 'c' || verb == 'q' {
		// u holds a negative number's two's complement, which is out of range too.
		r := utf8.RuneError
		if u <= utf8.MaxRune {
			r = rune(u)
		}
		switch {
		case verb == 'c':
			p.pad(utf8.AppendRune(nil, r), s)
		case s.plus:
			p.pad(strconv.AppendQuoteRuneToASCII(nil, r), s)
		default:
			p.pad(strconv.AppendQuoteRune(nil, r), s)
		}
		return
	}
	base := 10
	switch verb {
	case 'v', 'd':
	case 'x', 'X':
		base = 16
	case 'o':
		base = 8
	default:
		p.bad(verb, "unsupported")
		return
	}
	if negative {
		u = -u
	}
	num := strconv.AppendUint(nil, u, base)
	if verb == 'X' {
		for i, c := range num {
			if 'a' <= c && c <= 'f' {
				num[i] = c - 'a' + 'A'
			}
		}
	}
	// Precision sets the minimum number of digits; with none, the 0 flag pads the digits
	// (not the sign or prefix) to the width.
	prec := -1
	if s.prec >= 0 {
		prec = s.prec
		if prec == 0 && u == 0 {
			num = num[:0]
		}
	} else if s.zero && !s.minus && s.wid > 0 {
		prec = s.wid
		if negative || s.plus || s.space {
			prec--
		}
	}
	var out []byte
	switch {
	case negative:
		out = append(out, '-')
	case s.plus:
		out = append(out, '+')
	case s.space:
		out = append(out, ' ')
	}
	if s.sharp {
		switch base {
		case 16:
			out = append(out, '0', byte(verb))
		case 8:
			if len(num) == 0 || num[0] != '0' {
				out = append(out, '0')
			}
		}
	}
	for n := len(num); n < prec; n++ {
		out = append(out, '0')
	}
	out = append(out, num...)
	z := s.zero
	s.zero = false
	p.pad(out, s)
	s.zero = z
}

// float formats a float for %v %g %e %f, as fmt does without the # flag.
func (p *printer) float(v float64, size int, verb rune, s spec) {
	prec := -1
	switch verb {
	case 'v':
		verb = 'g'
	case 'g':
	case 'e', 'f':
		prec = 6
	default:
		p.bad(verb, "unsupported")
		return
	}
	if s.sharp {
		p.bad(verb, "unsupported")
		return
	}
	if s.prec >= 0 {
		prec = s.prec
	}
	num := strconv.AppendFloat([]byte{'+'}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	if s.space && num[0] == '+' && !s.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !s.space && !s.plus {
			num = num[1:]
		}
		s.zero = false
		p.pad(num, s)
		return
	}
	if !s.plus && num[0] == '+' {
		num = num[1:]
	} else if s.zero && !s.minus && s.wid > len(num) {
		// The sign goes before the zeros.
		p.buf = append(p.buf, num[0])
		s.wid--
		num = num[1:]
	}
	p.pad(num, s)
}

// pad appends b padded to the width: with spaces on the left, on the right for the - flag,
// or with zeros on the left for the 0 flag.
func (p *printer) pad(b []byte, s spec) {
	n := s.wid - utf8.RuneCount(b)
	if n <= 0 {
		p.buf = append(p.buf, b...)
		return
	}
	if s.minus {
		p.buf = append(p.buf, b...)
		p.fill(' ', n)
		return
	}
	if s.zero {
		p.fill('0', n)
	} else {
		p.fill(' ', n)
	}
	p.buf = append(p.buf, b...)
}

func (p *printer) fill(c byte, n int) {
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}
