package pyre

import (
	"sort"
	"unicode"
)

// classItem is one member of a bracketed class: a range of code points or a category.
type classItem struct {
	lo, hi rune
	cat    *category
}

// class parses a bracketed class after '[' as sre_parse does.
func (p *parser) class(sc *scope) *charClass {
	t := p.tok
	here := t.tell() - 1
	var set []classItem
	negate := t.match("^")
	for {
		this := t.get()
		if this == "" {
			t.fail(t.tell()-here, "unterminated character set")
		}
		if this == "]" && len(set) > 0 {
			break
		}
		var lo rune
		var cat *category
		if this[0] == '\\' {
			lo, cat = p.classEscape(this, sc)
		} else {
			lo = []rune(this)[0]
		}
		if t.match("-") {
			that := t.get()
			if that == "" {
				t.fail(t.tell()-here, "unterminated character set")
			}
			if that == "]" {
				set = append(set, classItem{lo: lo, hi: lo, cat: cat}, classItem{lo: '-', hi: '-'})
				break
			}
			var hi rune
			var cat2 *category
			if that[0] == '\\' {
				hi, cat2 = p.classEscape(that, sc)
			} else {
				hi = []rune(that)[0]
			}
			rangeLen := len([]rune(this)) + 1 + len([]rune(that))
			if cat != nil || cat2 != nil || hi < lo {
				t.fail(rangeLen, "bad character range "+this+"-"+that)
			}
			set = append(set, classItem{lo: lo, hi: hi})
			continue
		}
		set = append(set, classItem{lo: lo, hi: lo, cat: cat})
	}
	return newClass(set, negate, sc)
}

// charClass is a compiled class: code-point ranges and categories, possibly negated, with
// the case folding of the scope it appeared in. Code points below 128 are looked up in a
// bitmap computed when the class is built.
type charClass struct {
	ranges    runeSet
	cats      []category
	negate    bool
	fold      bool // Unicode case-insensitive
	asciiFold bool // ASCII-only case-insensitive (re.ASCII | re.IGNORECASE)
	bits      [2]uint64
}

// newClass builds a class from parsed items.
func newClass(set []classItem, negate bool, sc *scope) *charClass {
	c := &charClass{negate: negate, fold: sc.ignoreCase && !sc.ascii, asciiFold: sc.ignoreCase && sc.ascii}
	var rs runeSet
	for _, it := range set {
		if it.cat != nil {
			c.cats = append(c.cats, *it.cat)
		} else {
			rs = append(rs, runeRange{it.lo, it.hi})
		}
	}
	c.ranges = runeSet{}.union(rs)
	for r := rune(0); r < 128; r++ {
		if c.slowMatch(r) {
			c.bits[r>>6] |= 1 << (r & 63)
		}
	}
	return c
}

// categoryClass is the class of a category escape (\d, \W, ...) outside brackets.
func categoryClass(cat category) *charClass {
	c := &charClass{cats: []category{cat}}
	for r := rune(0); r < 128; r++ {
		if c.slowMatch(r) {
			c.bits[r>>6] |= 1 << (r & 63)
		}
	}
	return c
}

// matches reports whether the class matches r.
func (c *charClass) matches(r rune) bool {
	if r < 128 {
		return c.bits[r>>6]&(1<<(r&63)) != 0
	}
	return c.slowMatch(r)
}

// slowMatch computes whether the class matches r, with CPython's case rules (casefix.go).
func (c *charClass) slowMatch(r rune) bool {
	var in bool
	switch {
	case c.fold:
		lo := unicode.ToLower(r)
		for _, cat := range c.cats {
			if cat.matches(lo) {
				in = true
				break
			}
		}
		for _, v := range lowerSet(lo) {
			if in {
				break
			}
			in = withLower(v, c.ranges.contains)
		}
	case c.asciiFold && isASCIILetter(r):
		in = c.contains(r) || c.contains(r^0x20)
	default:
		in = c.contains(r)
	}
	return in != c.negate
}

// contains reports whether r is one of the class's items, without folding or negation.
func (c *charClass) contains(r rune) bool {
	if c.ranges.contains(r) {
		return true
	}
	for _, cat := range c.cats {
		if cat.matches(r) {
			return true
		}
	}
	return false
}

func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

// runeRange is an inclusive range of code points.
type runeRange struct{ lo, hi rune }

// runeSet is a sorted list of disjoint, non-adjacent ranges.
type runeSet []runeRange

func (s runeSet) contains(r rune) bool {
	i := sort.Search(len(s), func(i int) bool { return s[i].hi >= r })
	return i < len(s) && s[i].lo <= r
}

// union returns s ∪ t.
func (s runeSet) union(t runeSet) runeSet {
	all := append(append(runeSet{}, s...), t...)
	sort.Slice(all, func(i, j int) bool { return all[i].lo < all[j].lo })
	var out runeSet
	for _, r := range all {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			if r.hi > out[n-1].hi {
				out[n-1].hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
}
