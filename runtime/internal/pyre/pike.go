package pyre

import (
	"regexp/syntax"
	"unicode/utf8"
)

// This file holds a small Pike VM over Go's compiled regexp programs. It is used only for the
// one thing the regexp package cannot do: after an empty match, Python's iteration looks at
// the same position for the first match in priority order that is not empty, skipping
// higher-priority empty ones ("a*?" on "aa" finds "", "a", "", "a", "").

// pikeThread is one thread: a program counter and its capture positions.
type pikeThread struct {
	pc  uint32
	cap []int
}

// pikeQueue is a priority-ordered list of threads with a sparse set of visited pcs.
type pikeQueue struct {
	sparse []uint32
	dense  []pikeThread
}

func newPikeQueue(n int) *pikeQueue {
	return &pikeQueue{sparse: make([]uint32, n), dense: make([]pikeThread, 0, n)}
}

func (q *pikeQueue) contains(pc uint32) bool {
	j := q.sparse[pc]
	return j < uint32(len(q.dense)) && q.dense[j].pc == pc
}

func (q *pikeQueue) clear() { q.dense = q.dense[:0] }

// pikeProgram is a compiled syntax.Prog for the search program of a pattern.
type pikeProgram struct {
	prog *syntax.Prog
}

func compilePike(goPattern string) (*pikeProgram, error) {
	re, err := syntax.Parse(goPattern, syntax.Perl)
	if err != nil {
		return nil, err
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, err
	}
	return &pikeProgram{prog: prog}, nil
}

// matchNonEmpty runs the program anchored at byte offset start of s and returns the capture
// positions of the first match in priority order that ends after start, or nil.
func (pp *pikeProgram) matchNonEmpty(s string, start int) []int {
	prog := pp.prog
	n := len(prog.Inst)
	clist, nlist := newPikeQueue(n), newPikeQueue(n)
	ncap := prog.NumCap
	var matched []int
	prev := rune(-1)
	if start > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:start])
	}
	cap0 := make([]int, max(ncap, 2))
	for i := range cap0 {
		cap0[i] = -1
	}
	cap0[0] = start
	pos := start
	cur, width := rune(-1), 0
	if pos < len(s) {
		cur, width = utf8.DecodeRuneInString(s[pos:])
	}
	pp.add(clist, uint32(prog.Start), pos, cap0, syntax.EmptyOpContext(prev, cur))
	for len(clist.dense) > 0 {
		next, nextWidth := rune(-1), 0
		if pos+width < len(s) {
			next, nextWidth = utf8.DecodeRuneInString(s[pos+width:])
		}
		cond := syntax.EmptyOpContext(cur, next)
		for _, th := range clist.dense {
			inst := &prog.Inst[th.pc]
			if inst.Op == syntax.InstMatch {
				if pos == start {
					continue // an empty match: look for a lower-priority one
				}
				matched = append([]int(nil), th.cap...)
				if len(matched) > 1 {
					matched[1] = pos
				}
				break // lower-priority threads are cut
			}
			switch inst.Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			default:
				continue
			}
			if cur >= 0 && inst.MatchRune(cur) {
				pp.add(nlist, inst.Out, pos+width, th.cap, cond)
			}
		}
		if cur < 0 {
			break
		}
		pos += width
		cur, width = next, nextWidth
		clist, nlist = nlist, clist
		nlist.clear()
	}
	return matched
}

// add follows empty transitions from pc in priority order, adding threads that consume input
// or match.
func (pp *pikeProgram) add(q *pikeQueue, pc uint32, pos int, cap []int, cond syntax.EmptyOp) {
	if pc == 0 || q.contains(pc) {
		return
	}
	j := len(q.dense)
	q.dense = append(q.dense, pikeThread{pc: pc})
	q.sparse[pc] = uint32(j)
	inst := &pp.prog.Inst[pc]
	switch inst.Op {
	case syntax.InstFail:
	case syntax.InstAlt, syntax.InstAltMatch:
		pp.add(q, inst.Out, pos, cap, cond)
		pp.add(q, inst.Arg, pos, cap, cond)
	case syntax.InstEmptyWidth:
		if syntax.EmptyOp(inst.Arg)&^cond == 0 {
			pp.add(q, inst.Out, pos, cap, cond)
		}
	case syntax.InstNop:
		pp.add(q, inst.Out, pos, cap, cond)
	case syntax.InstCapture:
		if int(inst.Arg) < len(cap) {
			c := append([]int(nil), cap...)
			c[inst.Arg] = pos
			pp.add(q, inst.Out, pos, c, cond)
		} else {
			pp.add(q, inst.Out, pos, cap, cond)
		}
	default: // InstMatch and the rune instructions keep their thread
		q.dense[j].cap = append([]int(nil), cap...)
	}
}
