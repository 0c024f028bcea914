package pyfmt

import (
	"math"
	"strings"
)

// FormatComplex formats the complex re+imj as format(c, spec) does. Without a presentation
// type the parts are formatted like repr (or 'g' when a precision is given), without a
// forced ".0", and wrapped in parentheses unless the real part is +0.0, which is omitted.
// Zero padding and '=' alignment are errors, as in CPython.
func FormatComplex(re, im float64, spec Spec) (string, error) {
	if spec.invalid {
		return "", valueError("Invalid format specifier '%s' for object of type 'complex'", spec.Raw)
	}
	if spec.Zero || spec.Fill == '0' {
		return "", valueError("Zero padding is not allowed in complex format specifier")
	}
	if spec.Align == '=' {
		return "", valueError("'=' alignment flag is not allowed in complex format specifier")
	}
	typ := spec.Type
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G':
	case 'n':
		typ = 'g'
	default:
		return "", valueError("Unknown format code '%s' for object of type 'complex'", codeForMessage(typ))
	}
	skipRe, parens := false, false
	if typ == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
		if spec.Precision >= 0 {
			typ = 'g'
		}
	}
	part := func(f float64, sign byte) (string, error) {
		sub := Spec{Sign: sign, Alt: spec.Alt, Grouping: spec.Grouping, Precision: spec.Precision,
			Type: typ, NoNegZero: spec.NoNegZero, Width: -1, Fill: ' ', Align: '>', TypeName: "complex"}
		s, err := formatFloatChecked(f, &sub)
		if typ == 0 {
			s = strings.TrimSuffix(s, ".0")
			if spec.Alt && !strings.ContainsAny(s, ".na") { // '#' keeps a bare point: 3. or 1.e+20
				if i := strings.IndexByte(s, 'e'); i >= 0 {
					s = s[:i] + "." + s[i:]
				} else {
					s += "."
				}
			}
		}
		return s, err
	}
	imSign := spec.Sign
	var out strings.Builder
	if parens {
		out.WriteByte('(')
	}
	if !skipRe {
		s, err := part(re, spec.Sign)
		if err != nil {
			return "", err
		}
		out.WriteString(s)
		imSign = '+'
	}
	s, err := part(im, imSign)
	if err != nil {
		return "", err
	}
	out.WriteString(s)
	out.WriteByte('j')
	if parens {
		out.WriteByte(')')
	}
	text := out.String()
	pad := spec.Width - runeLen(text)
	if pad <= 0 {
		return text, nil
	}
	fill := spec.Fill
	if fill == 0 {
		fill = ' '
	}
	switch spec.Align {
	case '<':
		return text + strings.Repeat(string(fill), pad), nil
	case '^':
		return strings.Repeat(string(fill), pad/2) + text + strings.Repeat(string(fill), pad-pad/2), nil
	}
	return strings.Repeat(string(fill), pad) + text, nil
}
