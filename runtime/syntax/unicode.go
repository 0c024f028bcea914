package syntax

// This file looks up Unicode character names for \N{...} escapes.

import (
	"strconv"
	"strings"
	"sync"
)

// unicodeNames maps the names of the table to their characters once it has been read.
var (
	unicodeNamesMu sync.Mutex
	unicodeNames   map[string]rune
)

// UnicodeNamesFile is the name under which a build without the table (the browser engine,
// see unicode_names_fetch.go) finds it: wasm/stdlibcodes writes it beside the standard
// library's sources.
const UnicodeNamesFile = "_unicode_names.txt"

// lookupUnicodeName returns the character with the given name, ignoring
// case, as \N{name} does. Asobiba knows the names of a useful subset of
// Unicode (see internal/gen/unicode_names.py) and the algorithmic names
// of CJK unified ideographs and Hangul syllables. The error reports a
// table of names that could not be loaded.
func lookupUnicodeName(name string) (rune, bool, error) {
	name = strings.ToUpper(name)
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok && (len(hex) == 4 || len(hex) == 5) {
		v, err := strconv.ParseUint(hex, 16, 32)
		if err == nil && isCJKUnified(rune(v)) {
			return rune(v), true, nil
		}
		return 0, false, nil
	}
	if syl, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		r, ok := hangulSyllable(syl)
		return r, ok, nil
	}
	unicodeNamesMu.Lock()
	defer unicodeNamesMu.Unlock()
	if unicodeNames == nil {
		// A table that could not be loaded is not remembered: the next escape tries again.
		table, err := unicodeNameText()
		if err != nil {
			return 0, false, err
		}
		unicodeNames = make(map[string]rune, 8000)
		for _, line := range strings.Split(table, "\n") {
			hex, n, ok := strings.Cut(line, " ")
			if !ok {
				continue
			}
			v, _ := strconv.ParseUint(hex, 16, 32)
			unicodeNames[n] = rune(v)
		}
	}
	r, ok := unicodeNames[name]
	return r, ok, nil
}

// isCJKUnified reports whether r is in a block of CJK unified ideographs
// (Unicode 15.0).
func isCJKUnified(r rune) bool {
	for _, b := range [][2]rune{
		{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739},
		{0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
		{0x31350, 0x323AF},
	} {
		if r >= b[0] && r <= b[1] {
			return true
		}
	}
	return false
}

// The jamo short names used to build Hangul syllable names.
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable returns the Hangul syllable with the given short name,
// such as "HAN".
func hangulSyllable(name string) (rune, bool) {
	for l, ls := range hangulL {
		if !strings.HasPrefix(name, ls) {
			continue
		}
		for v, vs := range hangulV {
			if !strings.HasPrefix(name[len(ls):], vs) {
				continue
			}
			for t, ts := range hangulT {
				if name[len(ls)+len(vs):] == ts {
					return rune(0xAC00 + (l*21+v)*28 + t), true
				}
			}
		}
	}
	return 0, false
}

var (
	nfkcOnce sync.Once
	nfkcMap  map[rune]string
)

// normalizeIdentifier returns the NFKC normalization of an identifier, as
// Python applies to identifiers. Each character is mapped on its own, so
// combining sequences are not composed; identifiers typed with the usual
// input methods do not contain them.
func normalizeIdentifier(id string) string {
	nfkcOnce.Do(func() {
		nfkcMap = make(map[rune]string, 4000)
		for _, e := range strings.Split(nfkcTable, ";") {
			from, to, ok := strings.Cut(e, "=")
			if !ok {
				continue
			}
			r, _ := strconv.ParseUint(from, 16, 32)
			var sb strings.Builder
			for _, h := range strings.Fields(to) {
				v, _ := strconv.ParseUint(h, 16, 32)
				sb.WriteRune(rune(v))
			}
			nfkcMap[rune(r)] = sb.String()
		}
	})
	var sb strings.Builder
	changed := false
	for _, r := range id {
		if m, ok := nfkcMap[r]; ok {
			sb.WriteString(m)
			changed = true
		} else {
			sb.WriteRune(r)
		}
	}
	if !changed {
		return id
	}
	return sb.String()
}

// LookupUnicodeName is lookupUnicodeName for the re module's \N{...} escapes.
func LookupUnicodeName(name string) (rune, bool, error) { return lookupUnicodeName(name) }
