package pyfmt

import (
	"math"
	"strconv"
	"strings"
)

// FloatRepr returns repr(f): the shortest string that reads back as f, in fixed notation when
// the decimal exponent is in [-4, 16) and with ".0" added to integral values, else in
// exponent notation ("1e+16", "1.5e-05"); "inf", "-inf", "nan" for the special values.
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := formatAbs(math.Abs(f), 'r', 0, false, true)
	if math.Signbit(f) {
		return "-" + s
	}
	return s
}

// FormatFloat formats a float as format(f, spec) does.
func FormatFloat(f float64, spec Spec) (string, error) {
	if err := spec.check(spec.typeName("float"), 0, '>'); err != nil {
		return "", err
	}
	return formatFloatChecked(f, &spec)
}

// formatFloatChecked formats f under a spec whose defaults have been applied.
func formatFloatChecked(f float64, s *Spec) (string, error) {
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", valueError("Unknown format code '%s' for object of type '%s'", codeForMessage(s.Type), s.typeName("float"))
	}
	mode, upper := byte(s.Type), false
	switch s.Type {
	case 'E', 'F', 'G':
		mode, upper = byte(s.Type)+'a'-'A', true
	case 'n':
		mode = 'g'
	}
	addDot0 := false
	prec := s.Precision
	if mode == 0 {
		addDot0 = true
		if prec < 0 {
			mode = 'r'
		} else {
			mode = 'g'
		}
	}
	if prec < 0 {
		prec = 6
	}
	suffix := ""
	if mode == '%' {
		mode, suffix = 'f', "%"
		f *= 100
	}
	n := number{neg: math.Signbit(f) && !math.IsNaN(f)}
	var body string
	switch {
	case math.IsNaN(f):
		body = "nan"
	case math.IsInf(f, 0):
		body = "inf"
	default:
		body = formatAbs(math.Abs(f), mode, prec, s.Alt, addDot0)
		if n.neg && s.NoNegZero && isZeroText(body) {
			n.neg = false
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	end := 0
	for end < len(body) && body[end] >= '0' && body[end] <= '9' {
		end++
	}
	n.digits, n.rest = body[:end], body[end:]+suffix
	return layout(n, s), nil
}

// isZeroText reports whether formatted digits represent zero (all digits are '0').
func isZeroText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' {
			break
		}
		if c >= '1' && c <= '9' {
			return false
		}
	}
	return true
}

// decimalDigits returns the significant digits of a finite non-negative f and its decimal
// point position: f ≈ 0.DIGITS × 10**decpt. ndigits < 0 asks for the shortest round-trip
// digits; otherwise exactly ndigits significant digits, correctly rounded.
func decimalDigits(f float64, ndigits int) (string, int) {
	s := strconv.FormatFloat(f, 'e', ndigits-1, 64) // d.ddde±XX
	if ndigits < 0 {
		s = strconv.FormatFloat(f, 'e', -1, 64)
	}
	e := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[e+1:])
	digits := strings.Replace(s[:e], ".", "", 1)
	return digits, exp + 1
}

// formatAbs formats a finite, non-negative f. mode is 'e', 'f', 'g' (with prec) or 'r'
// (repr). alt is the '#' flag and addDot0 adds ".0" to integers written without exponent.
func formatAbs(f float64, mode byte, prec int, alt, addDot0 bool) string {
	switch mode {
	case 'f':
		s := strconv.FormatFloat(f, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	case 'e':
		digits, decpt := decimalDigits(f, prec+1)
		if f == 0 {
			decpt = 1
		}
		return expForm(digits, decpt, alt)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt := decimalDigits(f, prec)
		if f == 0 {
			decpt = 1
		}
		if !alt {
			digits = strings.TrimRight(digits, "0")
			if digits == "" {
				digits = "0"
			}
		}
		// With ".0" added to integers (the empty presentation type), CPython switches to
		// exponent notation one digit earlier.
		limit := prec
		if addDot0 {
			limit--
		}
		if decpt <= -4 || decpt > limit {
			return expForm(digits, decpt, alt)
		}
		return fixedForm(digits, decpt, alt, addDot0)
	default: // 'r'
		digits, decpt := decimalDigits(f, -1)
		if f == 0 {
			digits, decpt = "0", 1
		}
		if decpt <= -4 || decpt > 16 {
			return expForm(digits, decpt, alt)
		}
		return fixedForm(digits, decpt, alt, addDot0)
	}
}

// expForm writes digits as d.ddde±XX; alt keeps the point even with one digit.
func expForm(digits string, decpt int, alt bool) string {
	var b strings.Builder
	b.WriteByte(digits[0])
	if len(digits) > 1 || alt {
		b.WriteByte('.')
		b.WriteString(digits[1:])
	}
	exp := decpt - 1
	b.WriteByte('e')
	if exp < 0 {
		b.WriteByte('-')
		exp = -exp
	} else {
		b.WriteByte('+')
	}
	if exp < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(exp))
	return b.String()
}

// fixedForm writes digits with the decimal point after decpt digits, padding with zeros.
func fixedForm(digits string, decpt int, alt, addDot0 bool) string {
	var s string
	switch {
	case decpt <= 0:
		s = "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		s = digits + strings.Repeat("0", decpt-len(digits))
		if addDot0 {
			s += ".0"
		} else if alt {
			s += "."
		}
	default:
		s = digits[:decpt] + "." + digits[decpt:]
	}
	return s
}
