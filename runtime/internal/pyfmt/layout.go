package pyfmt

import (
	"strings"
	"unicode/utf8"
)

// number is a formatted number split into the parts CPython's padding and grouping treat
// differently: "-0x" "1f" or "-" "1234" ".5e+10".
type number struct {
	neg    bool   // the value is negative (the sign to print is decided by the spec)
	prefix string // "0x", "0b", "0o", "0X" for the alternate form, else ""
	digits string // the leading run of ASCII digits, which grouping applies to
	rest   string // everything after the digits: fraction, exponent, '%', "inf"
}

// layout renders n under spec s, whose defaults have been applied by check: sign, grouping,
// zero padding and alignment, exactly as CPython's calc_number_widths and fill_number do.
func layout(n number, s *Spec) string {
	sign := ""
	switch {
	case n.neg:
		sign = "-"
	case s.Sign == '+':
		sign = "+"
	case s.Sign == ' ':
		sign = " "
	}
	minDigits := 0
	if s.Fill == '0' && s.Align == '=' && s.Width > 0 {
		minDigits = s.Width - len(sign) - len(n.prefix) - runeLen(n.rest)
	}
	var digits string
	zeros := 0 // zeros written before digits
	switch {
	case s.Grouping != 0 && n.digits != "": // inf and nan are never grouped
		size := 3
		if s.Type == 'b' || s.Type == 'o' || s.Type == 'x' || s.Type == 'X' {
			size = 4
		}
		digits = group(n.digits, minDigits, size, s.Grouping)
	case len(n.digits) < minDigits:
		digits, zeros = n.digits, minDigits-len(n.digits)
	default:
		digits = n.digits
	}
	total := len(sign) + len(n.prefix) + zeros + len(digits) + runeLen(n.rest)
	pad := 0
	if s.Width > total {
		pad = s.Width - total
	}
	var b strings.Builder
	b.Grow(len(sign) + len(n.prefix) + zeros + len(digits) + len(n.rest) + pad*utf8.RuneLen(s.Fill))
	number := func() {
		b.WriteString(sign)
		b.WriteString(n.prefix)
		repeat(&b, '0', zeros)
		b.WriteString(digits)
		b.WriteString(n.rest)
	}
	switch s.Align {
	case '<':
		number()
		repeat(&b, s.Fill, pad)
	case '^':
		repeat(&b, s.Fill, pad/2)
		number()
		repeat(&b, s.Fill, pad-pad/2)
	case '=':
		b.WriteString(sign)
		b.WriteString(n.prefix)
		repeat(&b, s.Fill, pad)
		repeat(&b, '0', zeros)
		b.WriteString(digits)
		b.WriteString(n.rest)
	default: // '>'
		repeat(&b, s.Fill, pad)
		number()
	}
	return b.String()
}

// repeat writes r n times.
func repeat(b *strings.Builder, r rune, n int) {
	for ; n > 0; n-- {
		b.WriteRune(r)
	}
}

// group inserts a separator every size digits from the right, zero-padding on the left until
// the result is at least minWidth characters long; like CPython it never starts with a
// separator, so it may overshoot minWidth by one.
func group(digits string, minWidth, size int, sep byte) string {
	var parts []string // right to left
	remaining := len(digits)
	first := true
	for {
		l := min(size, max(remaining, minWidth, 1))
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		part := strings.Repeat("0", nZeros) + digits[remaining-nChars:remaining]
		if !first {
			part += string(sep)
		}
		parts = append(parts, part)
		first = false
		remaining -= nChars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}

// pad aligns an already formatted text (a string, not a number) in spec s's width.
func pad(text string, s *Spec) string {
	n := runeLen(text)
	if s.Width <= n {
		return text
	}
	p := s.Width - n
	fill := string(s.Fill)
	switch s.Align {
	case '>':
		return strings.Repeat(fill, p) + text
	case '^':
		return strings.Repeat(fill, p/2) + text + strings.Repeat(fill, p-p/2)
	default:
		return text + strings.Repeat(fill, p)
	}
}
