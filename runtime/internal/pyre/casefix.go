package pyre

import "unicode"

// CPython compares case-insensitive str patterns by lower case: a code point matches a
// literal when its lower case is the literal's lower case, or one of the other lower-case
// letters with the same upper case (re._casefix: i and dotless ı, s and long ſ, µ and μ, the
// Greek symbol variants). A class matches when the lower case of the code point is the lower
// case of one of its members (or such a variant), or is in one of its categories.

// caseGroups are the sets of lower-case letters that share an upper case (by Go's simple
// mappings, checked by TestCaseGroups, plus two pairs CPython finds with full upper-casing).
var caseGroups = [][]rune{
	{0x69, 0x131}, {0x73, 0x17f}, {0xb5, 0x3bc}, {0x345, 0x3b9, 0x1fbe}, {0x390, 0x1fd3},
	{0x3b0, 0x1fe3}, {0x3b2, 0x3d0}, {0x3b5, 0x3f5}, {0x3b8, 0x3d1}, {0x3ba, 0x3f0},
	{0x3c0, 0x3d6}, {0x3c1, 0x3f1}, {0x3c2, 0x3c3}, {0x3c6, 0x3d5}, {0x432, 0x1c80},
	{0x434, 0x1c81}, {0x43e, 0x1c82}, {0x441, 0x1c83}, {0x442, 0x1c84, 0x1c85},
	{0x44a, 0x1c86}, {0x463, 0x1c87}, {0x1e61, 0x1e9b}, {0x1c88, 0xa64b},
}

// caseVariants returns the group of lower-case letter lo, or nil.
func caseVariants(lo rune) []rune {
	if lo < 0x69 {
		return nil
	}
	for _, g := range caseGroups {
		for _, r := range g {
			if r == lo {
				return g
			}
		}
	}
	return nil
}

// lowerSet returns lo and its case variants.
func lowerSet(lo rune) []rune {
	if g := caseVariants(lo); g != nil {
		return g
	}
	return []rune{lo}
}

// withLower calls f for each code point whose lower case is lo (lo itself, its upper and
// title cases), until f returns true.
func withLower(lo rune, f func(rune) bool) bool {
	if f(lo) {
		return true
	}
	for c := unicode.SimpleFold(lo); c != lo; c = unicode.SimpleFold(c) {
		if c != lo && unicode.ToLower(c) == lo && f(c) {
			return true
		}
	}
	// U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE lower-cases to i but does not fold to it.
	return lo == 'i' && f(0x130)
}
