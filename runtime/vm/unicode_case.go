package vm

import "slices"

// runeMapping is an entry of the case tables in unicode_case_table.go: a code point and
// what it maps to. The tables are sorted by code point.
type runeMapping struct {
	r rune
	s string
}

// lookupRune returns what r maps to in a table of unicode_case_table.go.
func lookupRune(table []runeMapping, r rune) (string, bool) {
	if len(table) == 0 || r < table[0].r || r > table[len(table)-1].r {
		return "", false
	}
	i, found := slices.BinarySearchFunc(table, r, func(m runeMapping, r rune) int { return int(m.r - r) })
	if !found {
		return "", false
	}
	return table[i].s, true
}

// hasRune reports whether r is in a sorted set of unicode_case_table.go.
func hasRune(set []rune, r rune) bool {
	if len(set) == 0 || r < set[0] || r > set[len(set)-1] {
		return false
	}
	_, found := slices.BinarySearch(set, r)
	return found
}
