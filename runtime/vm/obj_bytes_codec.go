package vm

// Text encodings for str.encode and bytes.decode: UTF-8, ASCII, Latin-1 and UTF-16/32,
// with the error handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace,
// and CPython's UnicodeEncodeError / UnicodeDecodeError messages.

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// normEncoding maps an encoding name to its canonical codec name.
func normEncoding(enc string) (string, bool) {
	n := strings.ToLower(strings.TrimSpace(enc))
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	switch n {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return "utf-8", true
	case "ascii", "us_ascii", "646", "us":
		return "ascii", true
	case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "latin", "iso_ir_100":
		return "latin-1", true
	case "utf_16", "utf16", "u16":
		return "utf-16", true
	case "utf_16_le", "utf_16le":
		return "utf-16-le", true
	case "utf_16_be", "utf_16be":
		return "utf-16-be", true
	case "utf_32", "utf32", "u32":
		return "utf-32", true
	case "utf_32_le", "utf_32le":
		return "utf-32-le", true
	case "utf_32_be", "utf_32be":
		return "utf-32-be", true
	}
	return "", false
}

func unknownEncoding(enc string) error {
	return Errorf(LookupErrorType, "unknown encoding: %s", enc)
}

// ErrLoneSurrogate is the error for an operation that would make a str hold a lone surrogate
// (U+D800..U+DFFF): Asobiba keeps strings in UTF-8, which cannot hold one. what names the
// operation, e.g. "chr(0xd800)".
func ErrLoneSurrogate(what string) error {
	return Errorf(NotImplementedErrorType, "%s: strings with lone surrogates (U+D800..U+DFFF) are not supported in Asobiba", what)
}

func checkErrorHandler(errors string) error {
	switch errors {
	case "surrogateescape", "surrogatepass":
		return ErrLoneSurrogate(msgfmt.Sprintf("the '%s' error handler", errors))
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace":
		return nil
	}
	return Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
}

// EncodeStr is s.encode(encoding, errors).
func EncodeStr(s, encoding, errors string) (string, error) {
	enc, ok := normEncoding(encoding)
	if !ok {
		return "", unknownEncoding(encoding)
	}
	switch enc {
	case "utf-8":
		if utf8.ValidString(s) {
			return s, nil
		}
		return strings.ToValidUTF8(s, "?"), nil
	case "utf-16", "utf-16-le", "utf-16-be":
		var b []byte
		order := binary.AppendByteOrder(binary.LittleEndian)
		if enc == "utf-16-be" {
			order = binary.BigEndian
		}
		if enc == "utf-16" {
			b = append(b, 0xff, 0xfe)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			b = order.AppendUint16(b, u)
		}
		return string(b), nil
	case "utf-32", "utf-32-le", "utf-32-be":
		var b []byte
		order := binary.AppendByteOrder(binary.LittleEndian)
		if enc == "utf-32-be" {
			order = binary.BigEndian
		}
		if enc == "utf-32" {
			b = append(b, 0xff, 0xfe, 0, 0)
		}
		for _, r := range s {
			b = order.AppendUint32(b, uint32(r))
		}
		return string(b), nil
	}
	limit := rune(0x80)
	if enc == "latin-1" {
		limit = 0x100
	}
	runes := []rune(s)
	var b strings.Builder
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r < limit {
			b.WriteByte(byte(r))
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			b.WriteByte('?')
		case "backslashreplace":
			switch {
			case r <= 0xff:
				b.WriteString(msgfmt.Sprintf("\\x%02x", r))
			case r <= 0xffff:
				b.WriteString(msgfmt.Sprintf("\\u%04x", r))
			default:
				b.WriteString(msgfmt.Sprintf("\\U%08x", r))
			}
		case "xmlcharrefreplace":
			b.WriteString(msgfmt.Sprintf("&#%d;", r))
		default:
			// A str never holds a surrogate here, so the surrogate handlers fail like strict.
			if errors != "strict" && errors != "surrogateescape" && errors != "surrogatepass" {
				if err := checkErrorHandler(errors); err != nil {
					return "", err
				}
				return "", Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
			}
			j := i + 1
			for j < len(runes) && runes[j] >= limit {
				j++
			}
			reason := msgfmt.Sprintf("ordinal not in range(%d)", limit)
			return "", NewException(UnicodeEncodeErrorType, Str(enc), Str(s), Int(i), Int(j), Str(reason))
		}
	}
	return b.String(), nil
}

// DecodeBytes is b.decode(encoding, errors).
func DecodeBytes(b, encoding, errors string) (string, error) {
	enc, ok := normEncoding(encoding)
	if !ok {
		return "", unknownEncoding(encoding)
	}
	fail := func(start, end int, reason string) error {
		if err := checkErrorHandler(errors); err != nil || errors != "strict" {
			if err == nil {
				err = Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
			}
			return err
		}
		return NewException(UnicodeDecodeErrorType, Str(enc), Bytes(b), Int(start), Int(end), Str(reason))
	}
	switch enc {
	case "utf-8":
		if utf8.ValidString(b) {
			return b, nil
		}
		var out strings.Builder
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRuneInString(b[i:])
			if r != utf8.RuneError || n > 1 {
				out.WriteString(b[i : i+n])
				i += n
				continue
			}
			bad, reason := utf8ErrorLen(b[i:])
			switch errors {
			case "ignore":
			case "replace":
				out.WriteRune(0xfffd)
			case "backslashreplace":
				for _, c := range []byte(b[i : i+bad]) {
					out.WriteString(msgfmt.Sprintf("\\x%02x", c))
				}
			default:
				return "", fail(i, i+bad, reason)
			}
			i += bad
		}
		return out.String(), nil
	case "ascii", "latin-1":
		var out strings.Builder
		for i := 0; i < len(b); i++ {
			c := b[i]
			if c < 0x80 || enc == "latin-1" {
				out.WriteRune(rune(c))
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				out.WriteRune(0xfffd)
			case "backslashreplace":
				out.WriteString(msgfmt.Sprintf("\\x%02x", c))
			default:
				return "", fail(i, i+1, "ordinal not in range(128)")
			}
		}
		return out.String(), nil
	case "utf-16", "utf-16-le", "utf-16-be":
		data := []byte(b)
		order := binary.ByteOrder(binary.LittleEndian)
		if enc == "utf-16-be" {
			order = binary.BigEndian
		}
		if enc == "utf-16" && len(data) >= 2 {
			if data[0] == 0xfe && data[1] == 0xff {
				order, data = binary.BigEndian, data[2:]
			} else if data[0] == 0xff && data[1] == 0xfe {
				data = data[2:]
			}
		}
		if len(data)%2 != 0 {
			return "", fail(len(b)-1, len(b), "truncated data")
		}
		u := make([]uint16, len(data)/2)
		for i := range u {
			u[i] = order.Uint16(data[2*i:])
		}
		return string(utf16.Decode(u)), nil
	case "utf-32", "utf-32-le", "utf-32-be":
		data := []byte(b)
		order := binary.ByteOrder(binary.LittleEndian)
		if enc == "utf-32-be" {
			order = binary.BigEndian
		}
		if enc == "utf-32" && len(data) >= 4 {
			if data[0] == 0 && data[1] == 0 && data[2] == 0xfe && data[3] == 0xff {
				order, data = binary.BigEndian, data[4:]
			} else if data[0] == 0xff && data[1] == 0xfe && data[2] == 0 && data[3] == 0 {
				data = data[4:]
			}
		}
		if len(data)%4 != 0 {
			return "", fail(len(b)-len(data)%4, len(b), "truncated data")
		}
		var out strings.Builder
		for i := 0; i < len(data); i += 4 {
			out.WriteRune(rune(order.Uint32(data[i:])))
		}
		return out.String(), nil
	}
	return "", unknownEncoding(encoding)
}

// utf8ErrorLen classifies an invalid UTF-8 sequence at the start of b as CPython does,
// returning how many bytes the error covers and the reason.
func utf8ErrorLen(b string) (int, string) {
	c := b[0]
	var need int
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
	case c >= 0xf0 && c <= 0xf4:
		need = 3
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		d := b[k]
		lo, hi := byte(0x80), byte(0xbf)
		if k == 1 {
			switch c {
			case 0xe0:
				lo = 0xa0
			case 0xed:
				hi = 0x9f
			case 0xf0:
				lo = 0x90
			case 0xf4:
				hi = 0x8f
			}
		}
		if d < lo || d > hi {
			return k, "invalid continuation byte"
		}
	}
	return need + 1, "invalid start byte"
}

// unicodeErrorStr formats str() of UnicodeEncodeError / UnicodeDecodeError.
func unicodeErrorStr(e *Exception) (string, bool) {
	if len(e.Args) != 5 {
		return "", false
	}
	enc, _ := e.Args[0].(Str)
	start, _ := e.Args[2].(Int)
	end, _ := e.Args[3].(Int)
	reason, _ := e.Args[4].(Str)
	if e.Class.IsSubtype(UnicodeEncodeErrorType) {
		s, ok := e.Args[1].(Str)
		if !ok {
			return "", false
		}
		runes := []rune(string(s))
		if end == start+1 && int(start) < len(runes) {
			r := runes[start]
			var ch string
			switch {
			case r <= 0xff:
				ch = msgfmt.Sprintf("\\x%02x", r)
			case r <= 0xffff:
				ch = msgfmt.Sprintf("\\u%04x", r)
			default:
				ch = msgfmt.Sprintf("\\U%08x", r)
			}
			return msgfmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", string(enc), ch, int64(start), string(reason)), true
		}
		return msgfmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", string(enc), int64(start), int64(end-1), string(reason)), true
	}
	b, ok := e.Args[1].(Bytes)
	if !ok {
		if ba, ok2 := e.Args[1].(*ByteArray); ok2 {
			b = Bytes(ba.B)
		} else {
			return "", false
		}
	}
	if end == start+1 && int(start) < len(b) {
		return msgfmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", string(enc), b[start], int64(start), string(reason)), true
	}
	return msgfmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", string(enc), int64(start), int64(end-1), string(reason)), true
}
