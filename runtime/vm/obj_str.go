package vm

// str: the representation helpers (code-point indexing over UTF-8), the Unicode character
// predicates with Python's definitions, and case mapping with the full special cases Python
// applies ('ß'.upper() == 'SS').

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// strSelf extracts the text of a str or str-subclass instance.
func strSelf(v Value) (string, bool) {
	switch x := v.(type) {
	case Str:
		return string(x), true
	case *Instance:
		if s, ok := x.Base.(Str); ok {
			return string(s), true
		}
	}
	return "", false
}

// isASCII reports whether s holds only ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// byteOffset returns the byte offset of code point index i (0 <= i <= len) in s.
func byteOffset(s string, i int) int {
	if isASCII(s) {
		return min(i, len(s))
	}
	for off := range s {
		if i == 0 {
			return off
		}
		i--
	}
	return len(s)
}

// cpIndex converts a byte offset in s to a code point index.
func cpIndex(s string, off int) int {
	return utf8.RuneCountInString(s[:off])
}

// strGetItem is s[key].
func strGetItem(th *Thread, s string, key Value) (Value, error) {
	ix := th.strIndexFor(s)
	if sl, ok := key.(*Slice); ok {
		if ix != nil && ix.marks != nil {
			start, stop, step, n, err := sl.Indices(th, ix.n)
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if n == 0 {
					return Str(""), nil
				}
				return Str(s[ix.offset(start):ix.offset(stop)]), nil
			}
		}
		if ix != nil && ix.marks == nil || ix == nil && isASCII(s) {
			start, stop, step, n, err := sl.Indices(th, len(s))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if n == 0 {
					return Str(""), nil
				}
				return Str(s[start:stop]), nil
			}
			b := make([]byte, n)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				b[i] = s[j]
			}
			return Str(b), nil
		}
		runes := []rune(s)
		items, err := sliceItems(th, runes, sl)
		if err != nil {
			return nil, err
		}
		return Str(string(items)), nil
	}
	var n int
	if ix != nil {
		n = ix.n
	} else {
		n = strLen(s)
	}
	i, ok, err := seqIndex(th, key, n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "string indices must be integers, not '%s'", typeNameOf(key))
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexErrorType, "string index out of range")
	}
	if n == len(s) {
		return Str(s[i : i+1]), nil
	}
	var off int
	if ix != nil {
		off = ix.offset(i)
	} else {
		off = byteOffset(s, i)
	}
	_, size := utf8.DecodeRuneInString(s[off:])
	return Str(s[off : off+size]), nil
}

// isCased reports whether r has case (categories Lu, Ll, Lt).
func isCased(r rune) bool {
	return isUppercase(r) || isLowercase(r) || unicode.IsTitle(r)
}

// The full case mappings that differ from the simple ones Go applies are in
// unicode_case_table.go.

func writeUpper(b *strings.Builder, r rune) {
	if s, ok := lookupRune(specialUpper[:], r); ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func writeLower(b *strings.Builder, r rune) {
	if s, ok := lookupRune(specialLower[:], r); ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

func writeTitle(b *strings.Builder, r rune) {
	if s, ok := lookupRune(specialTitle[:], r); ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// strUpper is str.upper().
func strUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		writeUpper(&b, r)
	}
	return b.String()
}

// strLower is str.lower(), including the final-sigma rule.
func strLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	runes := []rune(s)
	for i, r := range runes {
		if r == 'Σ' && finalSigma(runes, i) {
			b.WriteRune('ς')
			continue
		}
		writeLower(&b, r)
	}
	return b.String()
}

// finalSigma applies Unicode's Final_Sigma condition at runes[i].
func finalSigma(runes []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(runes[j]) {
		j--
	}
	if j < 0 || !isCased(runes[j]) {
		return false
	}
	k := i + 1
	for k < len(runes) && isCaseIgnorable(runes[k]) {
		k++
	}
	return k == len(runes) || !isCased(runes[k])
}

func isCaseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || r == '\'' || r == '.' || r == ':' || r == '·'
}

// strCasefold is str.casefold().
func strCasefold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := lookupRune(specialFold[:], r); ok {
			b.WriteString(f)
			continue
		}
		writeLower(&b, r)
	}
	return b.String()
}

// strTitle is str.title().
func strTitle(s string) string {
	var b strings.Builder
	prevCased := false
	runes := []rune(s)
	for i, r := range runes {
		if prevCased {
			if r == 'Σ' && finalSigma(runes, i) {
				b.WriteRune('ς')
			} else {
				writeLower(&b, r)
			}
		} else {
			writeTitle(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

// strCapitalize is str.capitalize(): the first character title-cased, the rest lowered.
func strCapitalize(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i, r := range runes {
		if i == 0 {
			writeTitle(&b, r)
		} else if r == 'Σ' && finalSigma(runes, i) {
			b.WriteRune('ς')
		} else {
			writeLower(&b, r)
		}
	}
	return b.String()
}

// strSwapcase is str.swapcase().
func strSwapcase(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i, r := range runes {
		switch {
		case r == 'Σ' && finalSigma(runes, i):
			b.WriteRune('ς')
		case isUppercase(r):
			writeLower(&b, r)
		case isLowercase(r):
			writeUpper(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }

func isDigitRune(r rune) bool { return unicode.Is(unicode.Nd, r) || hasRune(extraDigits[:], r) }

func isNumericRune(r rune) bool { return unicode.IsNumber(r) || hasRune(extraNumerics[:], r) }

func isAlphaRune(r rune) bool { return unicode.IsLetter(r) }

func isAlnumRune(r rune) bool {
	return isAlphaRune(r) || isDecimalRune(r) || isDigitRune(r) || isNumericRune(r)
}

// allRunes reports whether s is non-empty and every code point satisfies f.
func allRunes(s string, f func(r rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return true
}

// strIsUpper is str.isupper(): at least one cased character and no lowercase ones.
func strIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if isLowercase(r) || unicode.IsTitle(r) {
			return false
		}
		if isUppercase(r) {
			cased = true
		}
	}
	return cased
}

// strIsLower is str.islower().
func strIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if isUppercase(r) || unicode.IsTitle(r) {
			return false
		}
		if isLowercase(r) {
			cased = true
		}
	}
	return cased
}

// strIsTitle is str.istitle().
func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case isUppercase(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowercase(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// isSpaceRune is Python's whitespace.
func isSpaceRune(r rune) bool { return pyfmt.IsSpace(r) }

// isLineBreak reports the line boundaries of str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// splitWhitespace is str.split() with no separator.
func splitWhitespace(s string, maxsplit int) []Value {
	var out []Value
	i := 0
	for i < len(s) {
		// Skip whitespace.
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isSpaceRune(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, Str(s[i:]))
			return out
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		out = append(out, Str(s[i:j]))
		i = j
	}
	if out == nil {
		out = []Value{}
	}
	return out
}

// rsplitWhitespace is str.rsplit() with no separator.
func rsplitWhitespace(s string, maxsplit int) []Value {
	var out []Value
	j := len(s)
	for j > 0 {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isSpaceRune(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, Str(s[:j]))
			break
		}
		i := j
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isSpaceRune(r) {
				break
			}
			i -= n
		}
		out = append(out, Str(s[i:j]))
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	if out == nil {
		out = []Value{}
	}
	return out
}

// splitLines is str.splitlines(keepends).
func splitLines(s string, keepends bool) []Value {
	out := []Value{}
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += n
			continue
		}
		end := i + n
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keepends {
			out = append(out, Str(s[start:end]))
		} else {
			out = append(out, Str(s[start:i]))
		}
		start, i = end, end
	}
	if start < len(s) {
		out = append(out, Str(s[start:]))
	}
	return out
}

// expandTabs is str.expandtabs(tabsize).
func expandTabs(s string, tabsize int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// isUppercase is Unicode's Uppercase property (Lu and Other_Uppercase), as str.isupper uses.
func isUppercase(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }

// isLowercase is Unicode's Lowercase property (Ll and Other_Lowercase), as str.islower uses.
func isLowercase(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }
