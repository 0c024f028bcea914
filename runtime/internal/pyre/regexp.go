package pyre

import (
	"strings"
	"sync/atomic"
)

// Regexp is a compiled Python pattern (re.Pattern).
type Regexp struct {
	pattern    string
	flags      Flags
	groups     int
	names      []string
	groupIndex map[string]int
	prog       *program
	// idle is a machine kept for the next match, so that matching does not allocate its
	// stacks each time.
	idle atomic.Pointer[machine]
}

const (
	modeSearch = iota
	modeMatch
	modeFull
)

// Compile compiles a Python pattern with the given flags, like re.compile. Errors are *Error.
func Compile(pattern string, flags Flags) (*Regexp, error) {
	tree, err := parse(pattern, flags)
	if err != nil {
		return nil, err
	}
	prog, err := compileTree(tree)
	if err != nil {
		return nil, err
	}
	r := &Regexp{pattern: pattern, flags: tree.flags, groups: tree.groups, names: tree.names,
		groupIndex: map[string]int{}, prog: prog}
	for i, n := range tree.names {
		if n != "" {
			r.groupIndex[n] = i
		}
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

// clamp limits pos and endpos to the text as CPython does.
func clamp(t *Text, pos, endpos int) (int, int) {
	n := t.Len()
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	return pos, endpos
}

// exec runs the pattern in one mode at code-point position pos of t[:endpos]. The text
// before pos stays visible to ^, \b and lookbehind, as in CPython. With mustAdvance, an
// empty match at pos is not accepted (finditer after an empty match).
func (r *Regexp) exec(t *Text, pos, endpos, mode int, mustAdvance bool) *Match {
	pos, endpos = clamp(t, pos, endpos)
	if pos > endpos || t.err != nil {
		return nil
	}
	m := r.idle.Swap(nil)
	if m == nil {
		m = newMachine(r.prog)
	}
	defer func() {
		if cap(m.stack) > 1<<16 {
			m.stack = nil // do not keep a long match's stack alive with the pattern
		}
		r.idle.Store(m)
	}()
	m.reset(t, endpos)
	m.matchAll = mode == modeFull
	p := r.prog
	for start := pos; start <= endpos; start++ {
		if mode == modeSearch && p.prefix != "" {
			if start = t.indexString(p.prefix, start, endpos); start < 0 {
				return nil
			}
		} else if mode == modeSearch && p.first != nil {
			for start < endpos && !m.unitMatch(p.first, start) {
				start++
			}
			if start == endpos {
				return nil
			}
		}
		m.start, m.mustAdvance = start, mustAdvance && start == pos
		if end, ok := m.run(0, start); ok {
			return r.newMatch(m, t, start, end, pos, endpos)
		}
		if mode != modeSearch || p.anchored || t.err != nil || !m.tick() {
			return nil
		}
	}
	return nil
}

// newMatch copies the machine's captures into a Match.
func (r *Regexp) newMatch(m *machine, t *Text, start, end, pos, endpos int) *Match {
	spans := make([]int, 2*(r.groups+1))
	copy(spans, m.caps)
	spans[0], spans[1] = start, end
	for g := 1; g <= r.groups; g++ {
		if spans[2*g] < 0 || spans[2*g+1] < 0 {
			spans[2*g], spans[2*g+1] = -1, -1
		}
	}
	m.stack = m.stack[:0]
	return &Match{re: r, text: t, spans: spans, lastIndex: m.caps[len(m.caps)-1], Pos: pos, EndPos: endpos}
}

// Search is pattern.search(s, pos, endpos): the first match at or after pos. Use len(s) or
// larger for endpos to search to the end. It returns nil if there is none.
func (r *Regexp) Search(s string, pos, endpos int) *Match {
	return r.exec(NewText(s), pos, endpos, modeSearch, false)
}

// Match is pattern.match(s, pos, endpos): a match starting exactly at pos, or nil.
func (r *Regexp) Match(s string, pos, endpos int) *Match {
	return r.exec(NewText(s), pos, endpos, modeMatch, false)
}

// FullMatch is pattern.fullmatch(s, pos, endpos): a match spanning exactly [pos, endpos).
func (r *Regexp) FullMatch(s string, pos, endpos int) *Match {
	return r.exec(NewText(s), pos, endpos, modeFull, false)
}

// SearchText, MatchText and FullMatchText are Search, Match and FullMatch on a prepared Text,
// for callers that match the same long string repeatedly.
func (r *Regexp) SearchText(t *Text, pos, endpos int) *Match {
	return r.exec(t, pos, endpos, modeSearch, false)
}

// MatchText is Match on a prepared Text.
func (r *Regexp) MatchText(t *Text, pos, endpos int) *Match {
	return r.exec(t, pos, endpos, modeMatch, false)
}

// FullMatchText is FullMatch on a prepared Text.
func (r *Regexp) FullMatchText(t *Text, pos, endpos int) *Match {
	return r.exec(t, pos, endpos, modeFull, false)
}

// Match is a successful match (re.Match). Positions are code-point indices.
type Match struct {
	re        *Regexp
	text      *Text
	spans     []int
	lastIndex int
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

// LastIndex returns match.lastindex: the group whose closing parenthesis the match passed
// last, or -1 for None.
func (m *Match) LastIndex() int {
	if m.lastIndex == 0 {
		return -1
	}
	return m.lastIndex
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
