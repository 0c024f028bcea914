package pyre

import (
	"unicode"
	"unicode/utf8"
)

// The compiler turns the parsed tree into a flat program for the backtracking matcher
// (machine.go), in the spirit of sre_compile: alternatives become SPLIT instructions tried in
// order, repetitions of one code point become a counted loop (STAR) that gives back one code
// point at a time, and other repetitions become a loop with a counter and sre's protection
// against empty iterations (LOOP). Lookaround and atomic bodies are sub-programs that end in
// SUCCEED and run as a nested match.

// opcode is an instruction's operation.
type opcode uint8

const (
	iChar     opcode = iota // r: one code point
	iCharFold               // folds: one code point, any of a case-folding set
	iAny                    // any code point but \n
	iAnyAll                 // any code point
	iClass                  // cls
	iAt                     // at: a zero-width assertion
	iSplit                  // try x, and on failure y
	iJmp                    // continue at x
	iSave                   // record the position in capture slot n
	iBackref                // the text of group n again
	iRepStart               // reset the counter of loop n
	iLoop                   // loop n: min, max, greedy; the body is at pc+1, the exit at x
	iStar                   // the unit at pc+1 repeated min..max times; continue at pc+2
	iLook                   // lookaround (behind, negate, width n) of the body at pc+1; continue at x
	iAtomic                 // the body at pc+1 without backtracking into it; continue at x
	iCond                   // if group n matched continue, else go to x
	iSucceed                // the end of a lookaround or atomic body
	iMatch                  // the end of the pattern
)

// inst is one instruction.
type inst struct {
	op        opcode
	at        atKind
	greedy    bool
	behind    bool
	negate    bool
	fold      bool
	asciiFold bool
	ascii     bool
	r         rune
	n, x, y   int
	min, max  int
	cls       *charClass
	folds     []rune // iCharFold: the code points (lower cases, with fold) that match
}

// program is a compiled pattern.
type program struct {
	insts  []inst
	loops  int // number of LOOP counters
	groups int
	// anchored is set when every match must start at the beginning of the string (\A).
	anchored bool
	// first matches the first code point of every match (nil if unknown), and prefix is
	// text every match starts with (without case folding). Searches skip to where they match.
	first  *inst
	prefix string
}

type compiler struct {
	prog        *program
	groupWidths [][2]int
}

// compileTree compiles a parsed pattern. Its errors are the ones sre_compile reports.
func compileTree(t *syntaxTree) (prog *program, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bail)
			if !ok {
				panic(r)
			}
			prog, err = nil, b.err
		}
	}()
	c := &compiler{prog: &program{groups: t.groups}, groupWidths: t.groupWidths}
	c.emit(t.root)
	c.add(inst{op: iMatch})
	anchored, first := startInfo(t.root)
	c.prog.anchored = anchored
	if first != nil {
		in := unitInst(first)
		c.prog.first = &in
	}
	c.prog.prefix = literalPrefix(t.root)
	return c.prog, nil
}

// startInfo reports whether n can only match at the beginning of the string, and the node
// matching the first code point of every match of n (nil if there is none).
func startInfo(n *node) (anchored bool, first *node) {
	for {
		switch n.op {
		case nAt:
			return n.at == atBeginning, nil
		case nLit, nClass, nAny:
			return false, n
		case nSeq:
			if len(n.subs) == 0 {
				return false, nil
			}
			n = n.subs[0]
		case nGroup, nAtomic:
			n = n.sub
		case nRepeat:
			if n.min == 0 {
				return false, nil
			}
			n = n.sub
		default:
			return false, nil
		}
	}
}

// literalPrefix returns the code points every match of n starts with, when they are matched
// exactly (not case-insensitively).
func literalPrefix(n *node) string {
	var b []rune
	for {
		switch n.op {
		case nLit:
			if !exactLit(n) {
				return string(b)
			}
			return string(append(b, n.r))
		case nGroup, nAtomic:
			n = n.sub
			continue
		case nSeq:
			i := 0
			for ; i < len(n.subs) && n.subs[i].op == nLit && exactLit(n.subs[i]); i++ {
				b = append(b, n.subs[i].r)
			}
			if i == 0 || i < len(n.subs) && (n.subs[i].op == nGroup || n.subs[i].op == nAtomic) {
				if i < len(n.subs) {
					n = n.subs[i]
					continue
				}
			}
		}
		return string(b)
	}
}

// exactLit reports whether n is a literal matched exactly that UTF-8 can spell (not a
// surrogate), so that a byte search can find it.
func exactLit(n *node) bool {
	return !n.fold && !n.asciiFold && utf8.ValidRune(n.r)
}

func (c *compiler) add(in inst) int {
	c.prog.insts = append(c.prog.insts, in)
	return len(c.prog.insts) - 1
}

func (c *compiler) pc() int { return len(c.prog.insts) }

// emit appends the instructions for n.
func (c *compiler) emit(n *node) {
	switch n.op {
	case nEmpty:
	case nLit, nAny, nClass:
		c.add(unitInst(n))
	case nAt:
		c.add(inst{op: iAt, at: n.at, ascii: n.ascii})
	case nSeq:
		for _, s := range n.subs {
			c.emit(s)
		}
	case nAlt:
		var jumps []int
		for i, s := range n.subs {
			if i == len(n.subs)-1 {
				c.emit(s)
				break
			}
			split := c.add(inst{op: iSplit})
			c.prog.insts[split].x = c.pc()
			c.emit(s)
			jumps = append(jumps, c.add(inst{op: iJmp}))
			c.prog.insts[split].y = c.pc()
		}
		for _, j := range jumps {
			c.prog.insts[j].x = c.pc()
		}
	case nGroup:
		c.add(inst{op: iSave, n: 2 * n.group})
		c.emit(n.sub)
		c.add(inst{op: iSave, n: 2*n.group + 1})
	case nRepeat:
		c.repeat(n)
	case nLook:
		lo, hi := 0, 0
		if n.behind {
			lo, hi = n.sub.width(c.groupWidths)
			if lo != hi {
				panic(bail{&Error{Type: "error", Msg: "look-behind requires fixed-width pattern", Pos: -1}})
			}
		}
		look := c.add(inst{op: iLook, behind: n.behind, negate: n.negate, n: lo})
		c.emit(n.sub)
		c.add(inst{op: iSucceed})
		c.prog.insts[look].x = c.pc()
	case nAtomic:
		c.atomic(n.sub)
	case nBackref:
		c.add(inst{op: iBackref, n: n.group, fold: n.fold, asciiFold: n.asciiFold})
	case nCond:
		cond := c.add(inst{op: iCond, n: n.group})
		c.emit(n.subs[0])
		if n.subs[1] == nil {
			c.prog.insts[cond].x = c.pc()
			break
		}
		jmp := c.add(inst{op: iJmp})
		c.prog.insts[cond].x = c.pc()
		c.emit(n.subs[1])
		c.prog.insts[jmp].x = c.pc()
	}
}

func (c *compiler) atomic(body *node) {
	at := c.add(inst{op: iAtomic})
	c.emit(body)
	c.add(inst{op: iSucceed})
	c.prog.insts[at].x = c.pc()
}

// repeat emits a quantified item.
func (c *compiler) repeat(n *node) {
	if n.possessive {
		greedy := *n
		greedy.possessive = false
		c.atomic(&greedy)
		return
	}
	switch n.sub.op {
	case nLit, nAny, nClass:
		c.add(inst{op: iStar, min: n.min, max: n.max, greedy: n.greedy})
		c.add(unitInst(n.sub))
		return
	}
	id := c.prog.loops
	c.prog.loops++
	c.add(inst{op: iRepStart, n: id})
	loop := c.add(inst{op: iLoop, n: id, min: n.min, max: n.max, greedy: n.greedy})
	c.emit(n.sub)
	c.add(inst{op: iJmp, x: loop})
	c.prog.insts[loop].x = c.pc()
}

// unitInst is the instruction for a node that matches exactly one code point.
func unitInst(n *node) inst {
	switch n.op {
	case nLit:
		switch {
		case n.asciiFold && isASCIILetter(n.r):
			return inst{op: iCharFold, r: n.r, folds: []rune{n.r | 0x20, n.r &^ 0x20}}
		case n.fold:
			lo := unicode.ToLower(n.r)
			if set := lowerSet(lo); len(set) > 1 || withLower(lo, func(c rune) bool { return c != n.r }) {
				return inst{op: iCharFold, r: lo, folds: set, fold: true}
			}
		}
		return inst{op: iChar, r: n.r}
	case nAny:
		if n.dotAll {
			return inst{op: iAnyAll}
		}
		return inst{op: iAny}
	}
	return inst{op: iClass, cls: n.cls}
}

// foldMatch reports whether c matches a case-insensitive literal. Under re.ASCII, folds are
// the literal's two cases; otherwise c's lower case must be one of folds (the literal's lower
// case and its variants), as CPython compares them.
func (in *inst) foldMatch(c rune) bool {
	if in.fold {
		c = unicode.ToLower(c)
	}
	for _, f := range in.folds {
		if f == c {
			return true
		}
	}
	return false
}
