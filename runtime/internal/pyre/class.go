package pyre

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// classItem is one member of a bracketed class: a range of code points or a category.
type classItem struct {
	lo, hi rune
	cat    *category
}

// class parses a bracketed class after '[' as sre_parse does and emits it.
func (p *parser) class(sc *scope) string {
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
	return emitClass(set, negate, sc)
}

// emitClass writes a class in RE2 syntax, falling back to explicit ranges when it contains
// a category RE2 cannot express inside brackets.
func emitClass(set []classItem, negate bool, sc *scope) string {
	var b strings.Builder
	// Under re.ASCII, IGNORECASE folds only ASCII letters; RE2 would fold more (k and the
	// Kelvin sign), so such classes are folded here and RE2's folding is switched off.
	explicit := sc.ascii && sc.ignoreCase
	for _, it := range set {
		if it.cat != nil {
			s := it.cat.items()
			if s == "" {
				explicit = true
				break
			}
			b.WriteString(s)
			continue
		}
		b.WriteString(classLiteral(it.lo))
		if it.hi != it.lo {
			b.WriteString("-" + classLiteral(it.hi))
		}
	}
	if !explicit {
		if negate {
			return "[^" + b.String() + "]"
		}
		return "[" + b.String() + "]"
	}
	var rs runeSet
	for _, it := range set {
		if it.cat != nil {
			rs = rs.union(it.cat.set())
		} else {
			rs = rs.union(runeSet{{it.lo, it.hi}})
		}
	}
	if negate {
		rs = rs.complement()
	}
	if len(rs) == 0 {
		return never
	}
	b.Reset()
	b.WriteString("[")
	for _, r := range rs {
		b.WriteString(classLiteral(r.lo))
		if r.hi != r.lo {
			b.WriteString("-" + classLiteral(r.hi))
		}
	}
	b.WriteString("]")
	if sc.ascii && sc.ignoreCase {
		// Fold ASCII letters by hand, then switch RE2's folding off for the class.
		return "(?-i:" + foldASCII(rs) + ")"
	}
	return b.String()
}

// foldASCII emits rs with ASCII letters of either case added, for ASCII case-insensitivity.
func foldASCII(rs runeSet) string {
	var extra runeSet
	for c := 'A'; c <= 'Z'; c++ {
		if rs.contains(c) || rs.contains(c+32) {
			extra = append(extra, runeRange{c, c}, runeRange{c + 32, c + 32})
		}
	}
	sort.Slice(extra, func(i, j int) bool { return extra[i].lo < extra[j].lo })
	rs = rs.union(extra)
	var b strings.Builder
	b.WriteString("[")
	for _, r := range rs {
		b.WriteString(classLiteral(r.lo))
		if r.hi != r.lo {
			b.WriteString("-" + classLiteral(r.hi))
		}
	}
	b.WriteString("]")
	return b.String()
}

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

// complement returns the code points not in s.
func (s runeSet) complement() runeSet {
	var out runeSet
	next := rune(0)
	for _, r := range s {
		if r.lo > next {
			out = append(out, runeRange{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, runeRange{next, unicode.MaxRune})
	}
	return out
}

// tableSet converts Unicode range tables to a runeSet.
func tableSet(tables ...*unicode.RangeTable) runeSet {
	var out runeSet
	for _, t := range tables {
		for _, r := range t.R16 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				out = append(out, runeRange{c, c})
				if r.Stride == 1 {
					out[len(out)-1].hi = rune(r.Hi)
					break
				}
			}
		}
		for _, r := range t.R32 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				out = append(out, runeRange{c, c})
				if r.Stride == 1 {
					out[len(out)-1].hi = rune(r.Hi)
					break
				}
			}
		}
	}
	return runeSet{}.union(out)
}

// set returns the code points of a category.
func (c category) set() runeSet {
	var s runeSet
	switch c.letter | 0x20 {
	case 'd':
		if c.ascii {
			s = runeSet{{'0', '9'}}
		} else {
			s = tableSet(unicode.Nd)
		}
	case 'w':
		if c.ascii {
			s = runeSet{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
		} else {
			s = tableSet(unicode.L, unicode.N).union(runeSet{{'_', '_'}})
		}
	case 's':
		s = runeSet{{'\t', '\r'}, {' ', ' '}}
		if !c.ascii {
			s = runeSet{{'\t', '\r'}, {0x1c, 0x20}, {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680},
				{0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000}}
		}
	default:
		panic(fmt.Sprintf("pyre: bad category %c", c.letter))
	}
	if c.letter >= 'A' && c.letter <= 'Z' {
		s = s.complement()
	}
	return s
}
