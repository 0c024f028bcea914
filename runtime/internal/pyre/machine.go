package pyre

import "unicode"

// The matcher is a backtracking interpreter of the compiled program, with Python's semantics:
// alternatives and quantifiers are tried in priority order and the first way the whole
// pattern matches wins. Choices are kept on an explicit stack (never on the Go stack, so long
// subjects cannot overflow it), together with the undo records of every capture and loop
// counter change: backtracking pops the stack, undoing changes until it reaches a choice.
//
// Lookaround and atomic bodies run as nested matches on the same stack; when one succeeds,
// its remaining choices are dropped and its undo records kept, so a later backtrack past it
// still restores the captures it set. Only pattern nesting, never the subject, makes the Go
// stack deeper.
//
// Backtracking can take exponential time ("(a*)*b"), so every checkInterval choices the
// matcher calls the Text's check function (see Text.SetCheck), which can stop the match.

// CheckInterval is how many backtracking steps run between two calls of a Text's check
// function.
const CheckInterval = 4096

// Kinds of stack entries.
const (
	bkBranch   = iota // resume at pc, pos
	bkCap             // undo: caps[a] = b
	bkLoop            // undo: loops[a] = {count: b, last: pos}
	bkLoopExit        // greedy LOOP at pc: undo its counter to {a, b} and leave it at pos
	bkStar            // greedy STAR at pc: give back one code point; pos > a
	bkLazyStar        // lazy STAR at pc: take one more code point at pos; a more allowed (-1: any)
	bkLazyLoop        // lazy LOOP at pc: run one more iteration at pos
)

// entry is one stack entry. Its fields are 32-bit to keep the stack small: a greedy loop
// over a long subject pushes an entry or two per iteration.
type entry struct {
	kind uint8
	pc   int32
	pos  int32
	a, b int32
}

// loopState is one LOOP counter: the iterations done, and where the last optional iteration
// started (sre's last_ptr, which stops a loop from repeating an empty iteration forever).
type loopState struct {
	count, last int
}

// machine is the state of one match attempt.
type machine struct {
	prog  *program
	text  *Text
	end   int // endpos: the subject is text[:end]
	caps  []int
	loops []loopState
	stack []entry
	steps int
	// matchAll requires the match to end at end (fullmatch); mustAdvance forbids an empty
	// match at start (iteration after an empty match).
	matchAll, mustAdvance bool
	start                 int
}

func newMachine(prog *program) *machine {
	m := &machine{prog: prog, caps: make([]int, 2*prog.groups+3), loops: make([]loopState, prog.loops)}
	return m
}

// reset prepares the machine for a match on t[:end].
func (m *machine) reset(t *Text, end int) {
	m.text, m.end = t, end
	for i := range m.caps {
		m.caps[i] = -1
	}
	m.caps[len(m.caps)-1] = 0 // lastindex
	m.stack = m.stack[:0]
}

// at returns the code point at index i < m.end.
func (m *machine) at(i int) rune {
	if r := m.text.runes; r != nil {
		return r[i]
	}
	return rune(m.text.s[i])
}

// tick counts one backtrack; it reports false when the match must stop.
func (m *machine) tick() bool {
	m.steps++
	if m.steps%CheckInterval == 0 && m.text.check != nil && m.text.err == nil {
		m.text.err = m.text.check()
	}
	return m.text.err == nil
}

func (m *machine) setCap(slot, pos int) {
	m.stack = append(m.stack, entry{kind: bkCap, a: int32(slot), b: int32(m.caps[slot])})
	m.caps[slot] = pos
	if slot&1 == 1 {
		li := len(m.caps) - 1
		m.stack = append(m.stack, entry{kind: bkCap, a: int32(li), b: int32(m.caps[li])})
		m.caps[li] = slot / 2
	}
}

func (m *machine) saveLoop(id int) {
	l := m.loops[id]
	m.stack = append(m.stack, entry{kind: bkLoop, a: int32(id), b: int32(l.count), pos: int32(l.last)})
}

// unitMatch reports whether the one-code-point instruction in matches at pos < m.end.
func (m *machine) unitMatch(in *inst, pos int) bool {
	c := m.at(pos)
	switch in.op {
	case iChar:
		return c == in.r
	case iCharFold:
		return in.foldMatch(c)
	case iAny:
		return c != '\n'
	case iAnyAll:
		return true
	}
	return in.cls.matches(c)
}

// isWordAt reports whether the code point at i is a word character for \b.
func (m *machine) isWordAt(i int, ascii bool) bool {
	return i >= 0 && i < m.end && isWord(m.at(i), ascii)
}

// assert checks a zero-width assertion at pos.
func (m *machine) assert(in *inst, pos int) bool {
	switch in.at {
	case atBeginning:
		return pos == 0
	case atBeginningLine:
		return pos == 0 || m.at(pos-1) == '\n'
	case atEnd:
		return pos == m.end || pos == m.end-1 && m.at(pos) == '\n'
	case atEndLine:
		return pos == m.end || m.at(pos) == '\n'
	case atEndString:
		return pos == m.end
	case atBoundary:
		return m.end > 0 && m.isWordAt(pos-1, in.ascii) != m.isWordAt(pos, in.ascii)
	case atNonBoundary:
		return m.end > 0 && m.isWordAt(pos-1, in.ascii) == m.isWordAt(pos, in.ascii)
	}
	return false
}

// backref matches the text of group g at pos; it returns the end, or -1.
func (m *machine) backref(in *inst, pos int) int {
	s, e := m.caps[2*in.n], m.caps[2*in.n+1]
	if s < 0 || e < 0 || s > e {
		return -1
	}
	if pos+(e-s) > m.end {
		return -1
	}
	for i := s; i < e; i++ {
		a, b := m.at(i), m.at(pos)
		if a != b && !foldEqual(a, b, in.fold, in.asciiFold) {
			return -1
		}
		pos++
	}
	return pos
}

// run executes the program from pc at pos until MATCH (or SUCCEED, for a nested body). It
// returns the end position and true, or false when every choice above the stack's current
// height has failed (the stack is then back at that height, all changes undone).
func (m *machine) run(pc, pos int) (int, bool) {
	base := len(m.stack)
	insts := m.prog.insts
	for {
		in := &insts[pc]
		switch in.op {
		case iChar, iCharFold, iAny, iAnyAll, iClass:
			if pos < m.end && m.unitMatch(in, pos) {
				pos++
				pc++
				continue
			}
		case iAt:
			if m.assert(in, pos) {
				pc++
				continue
			}
		case iSplit:
			m.stack = append(m.stack, entry{kind: bkBranch, pc: int32(in.y), pos: int32(pos)})
			pc = in.x
			continue
		case iJmp:
			pc = in.x
			continue
		case iSave:
			m.setCap(in.n, pos)
			pc++
			continue
		case iBackref:
			if e := m.backref(in, pos); e >= 0 {
				pos = e
				pc++
				continue
			}
		case iRepStart:
			m.saveLoop(in.n)
			m.loops[in.n] = loopState{count: 0, last: -1}
			pc++
			continue
		case iLoop:
			// Iterations count as steps too: a body that matches empty can repeat
			// {0,4000000000} times without backtracking.
			if !m.tick() {
				return 0, false
			}
			l := &m.loops[in.n]
			if l.count < in.min {
				m.saveLoop(in.n)
				l.count++
				pc++
				continue
			}
			if (in.max == maxRepeat || l.count < in.max) && pos != l.last {
				if in.greedy {
					m.stack = append(m.stack, entry{kind: bkLoopExit, pc: int32(pc), pos: int32(pos),
						a: int32(l.count), b: int32(l.last)})
					l.count++
					l.last = pos
					pc++
				} else {
					m.stack = append(m.stack, entry{kind: bkLazyLoop, pc: int32(pc), pos: int32(pos)})
					pc = in.x
				}
				continue
			}
			pc = in.x
			continue
		case iStar:
			unit := &insts[pc+1]
			n := 0
			if in.greedy {
				for (in.max == maxRepeat || n < in.max) && pos+n < m.end && m.unitMatch(unit, pos+n) {
					n++
				}
				if n < in.min {
					break
				}
				if n > in.min {
					m.stack = append(m.stack, entry{kind: bkStar, pc: int32(pc), pos: int32(pos + n), a: int32(pos + in.min)})
				}
				pos += n
				pc += 2
				continue
			}
			for n < in.min && pos+n < m.end && m.unitMatch(unit, pos+n) {
				n++
			}
			if n < in.min {
				break
			}
			pos += n
			if in.max == maxRepeat || in.max > in.min {
				more := -1
				if in.max != maxRepeat {
					more = in.max - in.min
				}
				m.stack = append(m.stack, entry{kind: bkLazyStar, pc: int32(pc), pos: int32(pos), a: int32(more)})
			}
			pc += 2
			continue
		case iLook:
			start := pos
			if in.behind {
				start = pos - in.n
			}
			ok := false
			h := len(m.stack)
			if start >= 0 {
				_, ok = m.run(pc+1, start)
			}
			if m.text.err != nil {
				return 0, false
			}
			if ok == !in.negate {
				if ok {
					m.keepUndo(h)
				}
				pc = in.x
				continue
			}
			if ok {
				m.unwind(h)
			}
		case iAtomic:
			h := len(m.stack)
			e, ok := m.run(pc+1, pos)
			if m.text.err != nil {
				return 0, false
			}
			if ok {
				m.keepUndo(h)
				pos = e
				pc = in.x
				continue
			}
		case iCond:
			if s, e := m.caps[2*in.n], m.caps[2*in.n+1]; s >= 0 && e >= 0 && s <= e {
				pc++
			} else {
				pc = in.x
			}
			continue
		case iSucceed:
			return pos, true
		case iMatch:
			if (!m.matchAll || pos == m.end) && (!m.mustAdvance || pos != m.start) {
				return pos, true
			}
		}
		// Backtrack.
		var ok bool
		if pc, pos, ok = m.backtrack(base); !ok {
			return 0, false
		}
	}
}

// backtrack pops the stack down to base, undoing changes, until it finds a choice to resume.
func (m *machine) backtrack(base int) (pc, pos int, ok bool) {
	insts := m.prog.insts
	for len(m.stack) > base {
		e := &m.stack[len(m.stack)-1]
		switch e.kind {
		case bkCap:
			m.caps[e.a] = int(e.b)
		case bkLoop:
			m.loops[e.a] = loopState{count: int(e.b), last: int(e.pos)}
		case bkBranch:
			m.stack = m.stack[:len(m.stack)-1]
			if !m.tick() {
				return 0, 0, false
			}
			return int(e.pc), int(e.pos), true
		case bkLoopExit:
			pc, pos := int(e.pc), int(e.pos)
			in := &insts[pc]
			m.loops[in.n] = loopState{count: int(e.a), last: int(e.b)}
			m.stack = m.stack[:len(m.stack)-1]
			if !m.tick() {
				return 0, 0, false
			}
			return in.x, pos, true
		case bkLazyLoop:
			pc, pos := int(e.pc), int(e.pos)
			m.stack = m.stack[:len(m.stack)-1]
			if !m.tick() {
				return 0, 0, false
			}
			in := &insts[pc]
			m.saveLoop(in.n)
			l := &m.loops[in.n]
			l.count++
			l.last = pos
			return pc + 1, pos, true
		case bkStar:
			if !m.tick() {
				return 0, 0, false
			}
			p, least := int(e.pos)-1, int(e.a)
			// Give back code points until the next instruction's literal could match.
			if next := &insts[e.pc+2]; next.op == iChar {
				for p >= least && (p >= m.end || m.at(p) != next.r) {
					p--
				}
				if p < least {
					break
				}
			}
			pc := int(e.pc) + 2
			if p > least {
				e.pos = int32(p)
			} else {
				m.stack = m.stack[:len(m.stack)-1]
			}
			return pc, p, true
		case bkLazyStar:
			if !m.tick() {
				return 0, 0, false
			}
			unit := &insts[e.pc+1]
			p := int(e.pos)
			if e.a != 0 && p < m.end && m.unitMatch(unit, p) {
				pc := int(e.pc) + 2
				e.pos = int32(p + 1)
				if e.a > 0 {
					e.a--
				}
				if e.a == 0 {
					m.stack = m.stack[:len(m.stack)-1]
				}
				return pc, p + 1, true
			}
		}
		m.stack = m.stack[:len(m.stack)-1]
	}
	return 0, 0, false
}

// keepUndo drops the choices above height h, keeping the undo records in order.
func (m *machine) keepUndo(h int) {
	k := h
	for _, e := range m.stack[h:] {
		switch e.kind {
		case bkCap, bkLoop:
			m.stack[k] = e
			k++
		case bkLoopExit:
			// Keep the counter's undo, not the choice.
			m.stack[k] = entry{kind: bkLoop, a: int32(m.prog.insts[e.pc].n), b: e.a, pos: e.b}
			k++
		}
	}
	m.stack = m.stack[:k]
}

// unwind undoes the changes recorded above height h and drops them.
func (m *machine) unwind(h int) {
	for len(m.stack) > h {
		e := m.stack[len(m.stack)-1]
		switch e.kind {
		case bkCap:
			m.caps[e.a] = int(e.b)
		case bkLoop:
			m.loops[e.a] = loopState{count: int(e.b), last: int(e.pos)}
		case bkLoopExit:
			m.loops[m.prog.insts[e.pc].n] = loopState{count: int(e.a), last: int(e.b)}
		}
		m.stack = m.stack[:len(m.stack)-1]
	}
}

// foldEqual compares two code points case-insensitively, for backreferences: by lower case,
// without the variants literals accept (as CPython's GROUPREF_UNI_IGNORE).
func foldEqual(a, b rune, fold, asciiFold bool) bool {
	switch {
	case asciiFold:
		return isASCIILetter(a) && a^0x20 == b
	case fold:
		return unicode.ToLower(a) == unicode.ToLower(b)
	}
	return false
}
