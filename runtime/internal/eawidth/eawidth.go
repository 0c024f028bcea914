// Package eawidth tells how many columns a character takes on a terminal, as CPython's
// traceback module counts them: two for the East Asian Wide and Fullwidth characters (漢字,
// かな, full-width letters, most emoji), one for every other character.
package eawidth

import "sort"

// Rune returns the display width of r: 2 for wide and fullwidth characters, else 1.
func Rune(r rune) int {
	if r < 0x1100 {
		return 1
	}
	i := sort.Search(len(wide), func(i int) bool { return wide[i][1] >= r })
	if i < len(wide) && wide[i][0] <= r {
		return 2
	}
	return 1
}

// Runes returns the display width of rs, the sum of Rune over its characters.
func Runes(rs []rune) int {
	n := 0
	for _, r := range rs {
		n += Rune(r)
	}
	return n
}
