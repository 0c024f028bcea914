package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// DefaultMaxStrDigits is CPython's default limit (sys.get_int_max_str_digits()) on the number
// of digits in conversions between int and decimal str.
const DefaultMaxStrDigits = 4300

// IsSpace reports whether r is whitespace in Python's sense (str.isspace), which adds the
// information separators U+001C..U+001F to Unicode's White_Space.
func IsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// DigitValue returns the value of a Unicode decimal digit (category Nd), such as '٣' or the
// full-width '３', and true; or -1 and false for any other rune.
func DigitValue(r rune) (int, bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1, false
	}
	// Nd characters come in contiguous runs of ten starting at a zero; find this run's start.
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10, true
}

// numberSpace reports whether int() and float() skip r around a literal: C's isspace for
// ASCII, Python's str.isspace beyond it.
func numberSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return IsSpace(r)
}

// toASCIINumber strips whitespace around s and replaces Unicode decimal digits by ASCII
// ones, as CPython does before parsing int() and float() arguments. ok is false if a
// whitespace or other non-ASCII character remains inside.
func toASCIINumber(s string) (string, bool) {
	s = strings.TrimFunc(s, numberSpace)
	var b strings.Builder
	for _, r := range s {
		if d, ok := DigitValue(r); ok {
			b.WriteByte(byte('0' + d))
		} else if r < 0x80 && !IsSpace(r) {
			b.WriteRune(r)
		} else {
			return "", false
		}
	}
	return b.String(), true
}

// ParseInt is int(s, base) for a str s with CPython's rules: surrounding whitespace, an
// optional sign, for base 0 a 0x/0o/0b prefix selecting the base (and no leading zeros in
// decimal), for bases 2, 8 and 16 an optional matching prefix, and single underscores between
// digits or after a prefix. Decimal (and other non-power-of-two base) input longer than
// DefaultMaxStrDigits digits is rejected as CPython does.
func ParseInt(s string, base int) (*big.Int, error) {
	return ParseIntLimit(s, base, DefaultMaxStrDigits)
}

// ParseIntLimit is ParseInt with a given digit limit (sys.set_int_max_str_digits); 0 means
// no limit.
func ParseIntLimit(s string, base, maxDigits int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	invalid := func() error {
		return valueError("invalid literal for int() with base %d: %s", base, truncate(StrRepr(s), 200))
	}
	t, ok := toASCIINumber(s)
	if !ok {
		return nil, invalid()
	}
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	prefixed := false
	if len(t) >= 2 && t[0] == '0' {
		switch t[1] | 0x20 {
		case 'x':
			if base == 0 || base == 16 {
				b, prefixed = 16, true
			}
		case 'o':
			if base == 0 || base == 8 {
				b, prefixed = 8, true
			}
		case 'b':
			if base == 0 || base == 2 {
				b, prefixed = 2, true
			}
		}
	}
	if prefixed {
		t = t[2:]
		if strings.HasPrefix(t, "_") {
			t = t[1:]
		}
	} else if base == 0 {
		b = 10
		// Base 0 rejects leading zeros ("010") but accepts all-zero literals ("00", "0_0").
		if len(strings.Trim(t, "0_")) > 0 && t[0] == '0' {
			return nil, invalid()
		}
	}
	digits, ok := stripUnderscores(t, func(c byte) bool { return digitIn(c, b) })
	if !ok {
		return nil, invalid()
	}
	if maxDigits > 0 && b&(b-1) != 0 && len(digits) > maxDigits {
		return nil, valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxDigits, len(digits))
	}
	x, ok := ParseDigits(digits, b)
	if !ok {
		return nil, invalid()
	}
	if neg {
		x.Neg(x)
	}
	return x, nil
}

// digitIn reports whether ASCII c is a digit in base b.
func digitIn(c byte, b int) bool {
	var v int
	switch {
	case c >= '0' && c <= '9':
		v = int(c - '0')
	case c >= 'a' && c <= 'z':
		v = int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		v = int(c-'A') + 10
	default:
		return false
	}
	return v < b
}

// stripUnderscores checks that t is a non-empty run of digits with single underscores only
// between digits, and returns it without the underscores.
func stripUnderscores(t string, isDigit func(byte) bool) (string, bool) {
	if t == "" {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '_' {
			if i == 0 || i == len(t)-1 || t[i-1] == '_' {
				return "", false
			}
			continue
		}
		if !isDigit(c) {
			return "", false
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// ParseFloat is float(s) for a str s: surrounding whitespace, an optional sign, a decimal
// literal with optional fraction and exponent and single underscores between digits, or
// "inf", "infinity" or "nan" in any case. Values too large become ±inf, as in CPython.
func ParseFloat(s string) (float64, error) {
	invalid := func() error {
		return valueError("could not convert string to float: %s", StrRepr(s))
	}
	t, ok := toASCIINumber(s)
	if !ok {
		return 0, invalid()
	}
	body := t
	sign := 1.0
	if body != "" && (body[0] == '+' || body[0] == '-') {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.NaN(), nil
	}
	clean, ok := cleanDecimal(body)
	if !ok {
		return 0, invalid()
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil && !isRangeError(err) {
		return 0, invalid()
	}
	return sign * f, nil
}

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// cleanDecimal validates digits[.digits][e[sign]digits] (either side of the point may be
// empty, not both) with underscores only between digits, and returns it without underscores.
func cleanDecimal(t string) (string, bool) {
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	mant, exp := t, ""
	if i := strings.IndexAny(t, "eE"); i >= 0 {
		mant, exp = t[:i], t[i+1:]
	}
	intPart, frac := mant, ""
	hasPoint := false
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac, hasPoint = mant[:i], mant[i+1:], true
	}
	var out strings.Builder
	if intPart != "" {
		d, ok := stripUnderscores(intPart, isDigit)
		if !ok {
			return "", false
		}
		out.WriteString(d)
	}
	if hasPoint {
		out.WriteByte('.')
		if frac != "" {
			d, ok := stripUnderscores(frac, isDigit)
			if !ok {
				return "", false
			}
			out.WriteString(d)
		}
	}
	if intPart == "" && frac == "" {
		return "", false
	}
	if exp != "" || len(mant) < len(t) {
		out.WriteByte('e')
		if exp != "" && (exp[0] == '+' || exp[0] == '-') {
			out.WriteByte(exp[0])
			exp = exp[1:]
		}
		d, ok := stripUnderscores(exp, isDigit)
		if !ok {
			return "", false
		}
		out.WriteString(d)
	}
	return out.String(), true
}

// IntToString is str(x) with CPython's limit on decimal digits (DefaultMaxStrDigits unless
// the program changed it; 0 means no limit).
func IntToString(x *big.Int, maxDigits int) (string, error) {
	if maxDigits > 0 && x.BitLen() > 14 {
		// A number of n bits has at least floor((n-1)*log10(2))+1 digits.
		if lower := int(float64(x.BitLen()-1)*math.Log10(2)) + 1; lower > maxDigits+1 {
			return "", intStrLimitError(maxDigits)
		}
	}
	s := x.String()
	n := len(s)
	if x.Sign() < 0 {
		n--
	}
	if maxDigits > 0 && n > maxDigits {
		return "", intStrLimitError(maxDigits)
	}
	return s, nil
}

// CheckDecimalDigits returns IntToString's limit error when format type t ('d', 'n' or none,
// the decimal ones) would write x with more than maxDigits digits.
func CheckDecimalDigits(x *big.Int, t rune, maxDigits int) (bool, error) {
	switch t {
	case 0, 'd', 'n':
		_, err := IntToString(x, maxDigits)
		return err == nil, err
	}
	return true, nil
}

func intStrLimitError(maxDigits int) error {
	return valueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxDigits)
}
