package vm

import "testing"

// The binary searches over the sorted case tables agree, for every code point, with a plain
// map of the same tables.
func TestUnicodeCaseTables(t *testing.T) {
	for name, table := range map[string][]runeMapping{
		"specialUpper": specialUpper[:], "specialTitle": specialTitle[:],
		"specialLower": specialLower[:], "specialFold": specialFold[:],
	} {
		want := map[rune]string{}
		for i, m := range table {
			if i > 0 && table[i-1].r >= m.r {
				t.Fatalf("%s is not sorted at %#x", name, m.r)
			}
			want[m.r] = m.s
		}
		for r := rune(0); r <= 0x10ffff; r++ {
			s, ok := lookupRune(table, r)
			if w, wok := want[r]; s != w || ok != wok {
				t.Fatalf("%s: lookupRune(%#x) = %q, %v; want %q, %v", name, r, s, ok, w, wok)
			}
		}
	}
	for name, set := range map[string][]rune{"extraDigits": extraDigits[:], "extraNumerics": extraNumerics[:]} {
		want := map[rune]bool{}
		for i, r := range set {
			if i > 0 && set[i-1] >= r {
				t.Fatalf("%s is not sorted at %#x", name, r)
			}
			want[r] = true
		}
		for r := rune(0); r <= 0x10ffff; r++ {
			if got := hasRune(set, r); got != want[r] {
				t.Fatalf("%s: hasRune(%#x) = %v", name, r, got)
			}
		}
	}
}
