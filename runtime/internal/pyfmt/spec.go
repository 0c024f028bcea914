package pyfmt

import (
	"strconv"
	"unicode/utf8"
)

// Spec is a parsed format specification, the part after ':' in "{x:>10.2f}":
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
type Spec struct {
	// Fill is the padding character; 0 means not given (a space, or '0' after the 0 flag).
	Fill rune
	// Align is '<', '>', '=', '^', or 0 when not given.
	Align byte
	// Sign is '+', '-', ' ', or 0 when not given.
	Sign byte
	// NoNegZero is the 'z' option: negative zero after rounding prints as positive zero.
	NoNegZero bool
	// Alt is the '#' option (alternate form).
	Alt bool
	// Zero reports that the '0' option was given before the width.
	Zero bool
	// Width is the minimum field width in code points, or -1 when not given.
	Width int
	// Grouping is ',' or '_' (thousands separator), or 0 when not given.
	Grouping byte
	// Precision is the precision, or -1 when not given.
	Precision int
	// Type is the presentation type ('d', 'f', 's', ...), or 0 when not given.
	Type rune
	// Raw is the original spec text, used in error messages.
	Raw string
	// TypeName, if set, names the object's type in error messages ("bool" for a bool being
	// formatted by FormatInt); the Format functions default it to "int", "float" or "str".
	TypeName string

	// invalid reports text left over after the type, an error that names the object's type.
	invalid bool
	// fillGiven reports that an explicit fill character was given.
	fillGiven bool
}

// ParseSpec parses a format spec. It reports the errors CPython reports while parsing that do
// not depend on the object's type (a missing precision, a number too large, both ',' and
// '_'); the Format functions report the rest, including "Invalid format specifier", whose
// message names the type.
func ParseSpec(spec string) (Spec, error) {
	s := Spec{Width: -1, Precision: -1, Raw: spec}
	p := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	if len(p) >= 2 && isAlign(p[1]) {
		s.Fill, s.Align, s.fillGiven = p[0], byte(p[1]), true
		i = 2
	} else if len(p) >= 1 && isAlign(p[0]) {
		s.Align = byte(p[0])
		i = 1
	}
	if i < len(p) && (p[i] == '+' || p[i] == '-' || p[i] == ' ') {
		s.Sign = byte(p[i])
		i++
	}
	if i < len(p) && p[i] == 'z' {
		s.NoNegZero = true
		i++
	}
	if i < len(p) && p[i] == '#' {
		s.Alt = true
		i++
	}
	if !s.fillGiven && i < len(p) && p[i] == '0' {
		s.Zero = true
		i++
	}
	var err error
	if s.Width, i, err = parseDigits(p, i); err != nil {
		return s, err
	}
	if i < len(p) && p[i] == ',' {
		s.Grouping = ','
		i++
	}
	if i < len(p) && p[i] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		i++
	}
	if i < len(p) && p[i] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if i < len(p) && p[i] == '.' {
		i++
		start := i
		if s.Precision, i, err = parseDigits(p, i); err != nil {
			return s, err
		}
		if i == start {
			return s, valueError("Format specifier missing precision")
		}
	}
	switch len(p) - i {
	case 0:
	case 1:
		s.Type = p[i]
	default:
		s.invalid = true
	}
	if s.Width > MaxWidth || s.Precision > MaxWidth {
		return s, &Error{Type: "MemoryError", Msg: ""}
	}
	return s, nil
}

// parseDigits reads a run of ASCII digits at p[i:], returning -1 if there are none.
func parseDigits(p []rune, i int) (int, int, error) {
	n := -1
	for ; i < len(p) && p[i] >= '0' && p[i] <= '9'; i++ {
		if n < 0 {
			n = 0
		}
		if n > (1<<63-1-9)/10 {
			return 0, i, valueError("Too many decimal digits in format string")
		}
		n = n*10 + int(p[i]-'0')
	}
	return n, i, nil
}

// typeName returns the type name for messages, defaulting to def.
func (s *Spec) typeName(def string) string {
	if s.TypeName != "" {
		return s.TypeName
	}
	return def
}

// codeForMessage renders a presentation type as CPython's messages do.
func codeForMessage(t rune) string {
	if t > 32 && t < 128 {
		return string(t)
	}
	return `\x` + strconv.FormatInt(int64(t), 16)
}

// check applies the type-dependent checks CPython makes at the end of parsing, after
// substituting the default type and alignment of the object's type.
func (s *Spec) check(typeName string, defType rune, defAlign byte) error {
	if s.invalid {
		return valueError("Invalid format specifier '%s' for object of type '%s'", s.Raw, typeName)
	}
	if s.Type == 0 {
		s.Type = defType
	}
	if s.Zero {
		if s.Fill == 0 {
			s.Fill = '0'
		}
		if s.Align == 0 && defAlign == '>' {
			s.Align = '='
		}
	}
	if s.Fill == 0 {
		s.Fill = ' '
	}
	if s.Align == 0 {
		s.Align = defAlign
	}
	if s.Grouping != 0 {
		switch s.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping == '_' {
				break
			}
			fallthrough
		default:
			return valueError("Cannot specify '%c' with '%s'.", s.Grouping, codeForMessage(s.Type))
		}
	}
	return nil
}

// runeLen counts code points.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
