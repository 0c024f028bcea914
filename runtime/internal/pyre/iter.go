package pyre

import (
	"strings"
)

// Iter walks the successive matches of a pattern as finditer does: after a match, the next
// search starts at its end, and an empty match may not directly follow another empty match at
// the same position.
type Iter struct {
	re          *Regexp
	text        *Text
	origPos     int
	pos, end    int
	mustAdvance bool
	done        bool
}

// Iter returns an iterator over the matches in s[pos:endpos] (finditer).
func (r *Regexp) Iter(s string, pos, endpos int) *Iter {
	return r.IterText(NewText(s), pos, endpos)
}

// IterText is Iter on a prepared Text.
func (r *Regexp) IterText(t *Text, pos, endpos int) *Iter {
	pos, endpos = clamp(t, pos, endpos)
	return &Iter{re: r, text: t, origPos: pos, pos: pos, end: endpos, done: pos > endpos}
}

// Next returns the next match, or nil when there are no more.
func (it *Iter) Next() *Match {
	if it.done {
		return nil
	}
	// After an empty match, Python rejects another empty match at the same position: the
	// matcher backtracks into lower-priority choices there, then searches on.
	m := it.re.exec(it.text, it.pos, it.end, modeSearch, it.mustAdvance)
	if m == nil {
		it.done = true
		return nil
	}
	m.Pos = it.origPos // match.pos is finditer's pos argument
	it.mustAdvance = m.Start() == m.End()
	it.pos = m.End()
	return m
}

// FindAll is pattern.findall(s, pos, endpos). Each row holds, for a pattern without groups,
// the whole match; otherwise the text of each group (groups that did not participate give "").
// The VM makes a list of str when Groups() <= 1 (row[0]) and a list of tuples otherwise.
func (r *Regexp) FindAll(t *Text, pos, endpos int) [][]string {
	var out [][]string
	it := r.IterText(t, pos, endpos)
	for m := it.Next(); m != nil; m = it.Next() {
		if r.groups == 0 {
			g, _ := m.Group(0)
			out = append(out, []string{g})
			continue
		}
		row := make([]string, r.groups)
		for g := 1; g <= r.groups; g++ {
			row[g-1], _ = m.Group(g)
		}
		out = append(out, row)
	}
	return out
}

// Piece is one element of Split's result: a string, or Python's None for a group that did not
// participate in the match.
type Piece struct {
	Text string
	None bool
}

// Split is pattern.split(s, maxsplit): the text between matches, with the groups of each
// match in between. maxsplit 0 means no limit; a negative maxsplit means no splitting.
func (r *Regexp) Split(t *Text, maxsplit int) []Piece {
	if maxsplit < 0 {
		return []Piece{{Text: t.s}}
	}
	var out []Piece
	last, n := 0, 0
	it := r.IterText(t, 0, t.Len())
	for m := it.Next(); m != nil; m = it.Next() {
		if maxsplit > 0 && n >= maxsplit {
			break
		}
		out = append(out, Piece{Text: t.Slice(last, m.Start())})
		for g := 1; g <= r.groups; g++ {
			text, ok := m.Group(g)
			out = append(out, Piece{Text: text, None: !ok})
		}
		last = m.End()
		n++
	}
	return append(out, Piece{Text: t.Slice(last, t.Len())})
}

// Sub is pattern.subn(repl, s, count) with a replacement function (for a callable repl, or
// a template's Expand). count 0 means no limit; a negative count replaces nothing. It returns
// the new string and the number of replacements.
func (r *Regexp) Sub(t *Text, count int, repl func(*Match) (string, error)) (string, int, error) {
	if count < 0 {
		return t.s, 0, nil
	}
	var b strings.Builder
	last, n := 0, 0
	it := r.IterText(t, 0, t.Len())
	for m := it.Next(); m != nil; m = it.Next() {
		if count > 0 && n >= count {
			break
		}
		rep, err := repl(m)
		if err != nil {
			return "", 0, err
		}
		b.WriteString(t.Slice(last, m.Start()))
		b.WriteString(rep)
		last = m.End()
		n++
	}
	b.WriteString(t.Slice(last, t.Len()))
	return b.String(), n, nil
}

// SubTemplate is pattern.subn(template, s, count) for a str template.
func (r *Regexp) SubTemplate(template string, t *Text, count int) (string, int, error) {
	tmpl, err := r.ParseTemplate(template)
	if err != nil {
		return "", 0, err
	}
	return r.Sub(t, count, func(m *Match) (string, error) { return tmpl.Expand(m), nil })
}
