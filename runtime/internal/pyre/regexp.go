package pyre

import (
	"regexp"
	"strings"
)

// Regexp is a compiled Python pattern (re.Pattern).
type Regexp struct {
	pattern    string
	flags      Flags
	groups     int
	names      []string
	groupIndex map[string]int
	needsCtx   bool
	progs      [2][3]*program // [context][search, match, fullmatch]
	pike       *pikeProgram   // for non-empty matches after an empty one; see pike.go
}

// program is one compiled Go program for a pattern.
type program struct {
	re    *regexp.Regexp
	tr    *translation
	whole int // the Go group holding the whole match (0, or 1 for the context wrappers)
}

const (
	modeSearch = iota
	modeMatch
	modeFull
)

// Compile compiles a Python pattern with the given flags, like re.compile. Errors are *Error.
func Compile(pattern string, flags Flags) (*Regexp, error) {
	tr, err := translate(pattern, flags, emitOptions{})
	if err != nil {
		return nil, err
	}
	r := &Regexp{pattern: pattern, flags: tr.flags, groups: tr.groups, names: tr.names,
		groupIndex: map[string]int{}, needsCtx: tr.needsCtx}
	for i, n := range tr.names {
		if n != "" {
			r.groupIndex[n] = i
		}
	}
	if _, err := r.program(false, modeSearch); err != nil {
		return nil, err
	}
	return r, nil
}

// MustCompile is Compile for patterns known to be valid; it panics otherwise.
func MustCompile(pattern string, flags Flags) *Regexp {
	r, err := Compile(pattern, flags)
	if err != nil {
		panic(err)
	}
	return r
}

// Pattern returns the pattern source.
func (r *Regexp) Pattern() string { return r.pattern }

// Flags returns the flags as re.Pattern.flags reports them (UNICODE added unless ASCII).
func (r *Regexp) Flags() Flags { return r.flags }

// Groups returns the number of capturing groups.
func (r *Regexp) Groups() int { return r.groups }

// GroupIndex returns the map from group names to numbers; callers must not modify it.
func (r *Regexp) GroupIndex() map[string]int { return r.groupIndex }

// GroupName returns the name of group i, or "".
func (r *Regexp) GroupName(i int) string { return r.names[i] }

// program returns (compiling on first use) the Go program for a context flag and mode.
func (r *Regexp) program(ctx bool, mode int) (*program, error) {
	c := 0
	if ctx {
		c = 1
	}
	if p := r.progs[c][mode]; p != nil {
		return p, nil
	}
	opts := emitOptions{dollarIsEnd: mode == modeFull, noStart: ctx}
	if ctx {
		opts.base = 1
	}
	tr, err := translate(r.pattern, r.flags&^UNICODE, opts)
	if err != nil {
		return nil, err
	}
	src := tr.goPattern
	whole := 0
	switch {
	case !ctx && mode == modeMatch:
		src = `\A(?:` + src + `)`
	case !ctx && mode == modeFull:
		src = `\A(?:` + src + `)\z`
	case ctx && mode == modeSearch:
		src = `\A(?s:.)(?s:.*?)(` + src + `)`
		whole = 1
	case ctx && mode == modeMatch:
		src = `\A(?s:.)(` + src + `)`
		whole = 1
	case ctx && mode == modeFull:
		src = `\A(?s:.)(` + src + `)\z`
		whole = 1
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, &Error{Type: "NotImplementedError", Pos: -1,
			Msg: "re: this pattern cannot be run by Asobiba's regular expression engine (" + err.Error() + ")"}
	}
	p := &program{re: re, tr: tr, whole: whole}
	r.progs[c][mode] = p
	return p, nil
}

// clamp limits pos and endpos to the text as CPython does.
func clamp(t *Text, pos, endpos int) (int, int) {
	n := t.Len()
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	return pos, endpos
}

// exec runs the pattern in one mode at code-point position pos of t[:endpos].
func (r *Regexp) exec(t *Text, pos, endpos, mode int) *Match {
	pos, endpos = clamp(t, pos, endpos)
	if pos > endpos {
		return nil
	}
	ctx := pos > 0 && r.needsCtx
	p, err := r.program(ctx, mode)
	if err != nil {
		return nil // Compile has already checked that every variant translates.
	}
	from := t.ByteOffset(pos)
	if ctx {
		from = t.ByteOffset(pos - 1)
	}
	loc := p.re.FindStringSubmatchIndex(t.s[from:t.ByteOffset(endpos)])
	if loc == nil {
		return nil
	}
	return r.buildMatch(t, loc, from, p.tr, p.whole, pos, endpos)
}

// buildMatch converts Go capture offsets (relative to byte offset from) to a Match.
func (r *Regexp) buildMatch(t *Text, loc []int, from int, tr *translation, whole, pos, endpos int) *Match {
	m := &Match{re: r, text: t, Pos: pos, EndPos: endpos, spans: make([]int, 2*(r.groups+1))}
	// The hidden $ groups mark where Python's $ matched; nothing after that point belongs
	// to the match (it is the final newline the group consumed).
	cut := -1
	for _, g := range tr.hidden {
		if s := loc[2*g]; s >= 0 && (cut < 0 || s < cut) {
			cut = s
		}
	}
	conv := func(b int) int {
		if b < 0 {
			return -1
		}
		if cut >= 0 && b > cut {
			b = cut
		}
		return t.Index(from + b)
	}
	m.spans[0], m.spans[1] = conv(loc[2*whole]), conv(loc[2*whole+1])
	for g := 1; g <= r.groups; g++ {
		gi := tr.goIndex[g]
		m.spans[2*g], m.spans[2*g+1] = conv(loc[2*gi]), conv(loc[2*gi+1])
	}
	m.closeOrder = tr.closeOrder
	return m
}

// nonEmptyAt returns the first match in priority order starting at pos that is not empty,
// or nil; Python's iteration asks for it after an empty match at pos.
func (r *Regexp) nonEmptyAt(t *Text, pos, endpos int) *Match {
	p, err := r.program(false, modeSearch)
	if err != nil {
		return nil
	}
	if r.pike == nil {
		if r.pike, err = compilePike(p.tr.goPattern); err != nil {
			return nil
		}
	}
	loc := r.pike.matchNonEmpty(t.s[:t.ByteOffset(endpos)], t.ByteOffset(pos))
	if loc == nil {
		return nil
	}
	for len(loc) < 2*(len(p.tr.goIndex)+len(p.tr.hidden)) {
		loc = append(loc, -1, -1)
	}
	return r.buildMatch(t, loc, 0, p.tr, 0, pos, endpos)
}

// Search is pattern.search(s, pos, endpos): the first match at or after pos. Use len(s) or
// larger for endpos to search to the end. It returns nil if there is none.
func (r *Regexp) Search(s string, pos, endpos int) *Match {
	return r.exec(NewText(s), pos, endpos, modeSearch)
}

// Match is pattern.match(s, pos, endpos): a match starting exactly at pos, or nil.
func (r *Regexp) Match(s string, pos, endpos int) *Match {
	return r.exec(NewText(s), pos, endpos, modeMatch)
}

// FullMatch is pattern.fullmatch(s, pos, endpos): a match spanning exactly [pos, endpos).
func (r *Regexp) FullMatch(s string, pos, endpos int) *Match {
	return r.exec(NewText(s), pos, endpos, modeFull)
}

// SearchText, MatchText and FullMatchText are Search, Match and FullMatch on a prepared Text,
// for callers that match the same long string repeatedly.
func (r *Regexp) SearchText(t *Text, pos, endpos int) *Match {
	return r.exec(t, pos, endpos, modeSearch)
}

// MatchText is Match on a prepared Text.
func (r *Regexp) MatchText(t *Text, pos, endpos int) *Match {
	return r.exec(t, pos, endpos, modeMatch)
}

// FullMatchText is FullMatch on a prepared Text.
func (r *Regexp) FullMatchText(t *Text, pos, endpos int) *Match {
	return r.exec(t, pos, endpos, modeFull)
}

// Match is a successful match (re.Match). Positions are code-point indices.
type Match struct {
	re         *Regexp
	text       *Text
	spans      []int
	closeOrder []int
	// Pos and EndPos are the pos and endpos the search was given (after clamping).
	Pos, EndPos int
}

// Regexp returns the pattern that produced the match.
func (m *Match) Regexp() *Regexp { return m.re }

// Text returns the subject.
func (m *Match) Text() *Text { return m.text }

// Span returns the start and end of group g (0 is the whole match), or -1, -1 if the group
// did not participate. g must be in [0, Groups()].
func (m *Match) Span(g int) (int, int) { return m.spans[2*g], m.spans[2*g+1] }

// Start returns the start of the whole match.
func (m *Match) Start() int { return m.spans[0] }

// End returns the end of the whole match.
func (m *Match) End() int { return m.spans[1] }

// Group returns the text of group g and true, or "" and false (Python's None) if the group
// did not participate.
func (m *Match) Group(g int) (string, bool) {
	s, e := m.Span(g)
	if s < 0 {
		return "", false
	}
	return m.text.Slice(s, e), true
}

// GroupByName returns the number of the named group, or -1 (CPython raises
// IndexError "no such group").
func (m *Match) GroupByName(name string) int {
	if g, ok := m.re.groupIndex[name]; ok {
		return g
	}
	return -1
}

// LastIndex returns match.lastindex: the group whose closing parenthesis was passed last, or
// -1 for None.
func (m *Match) LastIndex() int {
	best, bestEnd := -1, -1
	for g := 1; g <= m.re.groups; g++ {
		s, e := m.Span(g)
		if s < 0 {
			continue
		}
		if e > bestEnd || (e == bestEnd && m.closeOrder[g] > m.closeOrder[best]) {
			best, bestEnd = g, e
		}
	}
	return best
}

// LastGroup returns match.lastgroup: the name of LastIndex's group, or "" and false.
func (m *Match) LastGroup() (string, bool) {
	g := m.LastIndex()
	if g < 0 || m.re.names[g] == "" {
		return "", false
	}
	return m.re.names[g], true
}

// Escape is re.escape: it puts a backslash before each character that is special in patterns
// (including whitespace, for verbose patterns).
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
