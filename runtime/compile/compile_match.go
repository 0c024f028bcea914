package compile

// This file compiles the match statement (PEP 634), following CPython 3.10's compiler (see the
// notes in opcode.go). A patternContext tracks, while one case's pattern is compiled, the names
// captured so far (their values wait on the stack, below everything else the pattern uses),
// how many other values the pattern has on the stack (onTop), and the labels that pop what is
// on the stack when a test fails (failPop[n] pops n values and falls into failPop[n-1]).

import (
	"math"
	"slices"

	"github.com/asobiba/asobiba/runtime/syntax"
)

// patternContext is the state of the compilation of one case's pattern.
type patternContext struct {
	stores           []string // captured names, in the order they will be stored
	allowIrrefutable bool     // an irrefutable pattern is allowed here
	failPop          []label
	onTop            int
}

// matchStmt compiles a match statement.
func (c *compiler) matchStmt(s *syntax.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	n := len(s.Cases)
	last := s.Cases[n-1]
	hasDefault := n > 1 && last.Guard == nil && isWildcard(last.Pattern)
	for i, mc := range s.Cases[:n-boolInt(hasDefault)] {
		c.setLine(mc.Pattern.Pos().Line)
		pc := &patternContext{allowIrrefutable: mc.Guard != nil || i == n-1}
		keep := i != n-boolInt(hasDefault)-1
		if keep {
			c.emitOp(DUP_TOP)
		}
		c.pattern(mc.Pattern, pc)
		for _, name := range pc.stores {
			c.storeName(name, mc.Pattern)
		}
		if mc.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(mc.Guard, pc.failPop[0], false)
		}
		if keep {
			c.emitOp(POP_TOP)
		}
		c.stmts(mc.Body)
		c.emitJump(JUMP, end)
		c.emitFailPop(pc)
	}
	if hasDefault {
		c.setLine(last.Pattern.Pos().Line)
		if n == 1 {
			c.emitOp(POP_TOP)
		} else {
			c.emitOp(NOP)
		}
		c.stmts(last.Body)
	}
	c.bind(end)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isWildcard reports whether p is the wildcard pattern _ (or *_).
func isWildcard(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.MatchAs:
		return p.Pattern == nil && p.Name == ""
	case *syntax.MatchStar:
		return p.Name == ""
	}
	return false
}

// ensureFailPop makes sure failPop has a label for popping n values.
func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) <= n {
		pc.failPop = append(pc.failPop, c.newLabel())
	}
}

// jumpToFailPop emits op (a conditional or plain jump) to the label that pops what the pattern
// has on the stack.
func (c *compiler) jumpToFailPop(pc *patternContext, op Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.emitJump(op, pc.failPop[pops])
}

// emitFailPop binds the fail-pop labels, each followed by a POP_TOP, and resets them.
func (c *compiler) emitFailPop(pc *patternContext) {
	if len(pc.failPop) == 0 {
		return
	}
	for n := len(pc.failPop) - 1; n > 0; n-- {
		c.bind(pc.failPop[n])
		c.emitOp(POP_TOP)
	}
	c.bind(pc.failPop[0])
	pc.failPop = nil
}

// storeCapture handles a captured value on top of the stack: it drops it for a wildcard, or
// rotates it below the values the pattern still needs and records its name.
func (c *compiler) storeCapture(name string, n syntax.Node, pc *patternContext) {
	if name == "" {
		c.emitOp(POP_TOP)
		return
	}
	if name == "__debug__" {
		c.fail(n, "cannot assign to __debug__")
	}
	if slices.Contains(pc.stores, name) {
		c.fail(n, "multiple assignments to name '%s' in pattern", name)
	}
	c.emit(ROT_N, pc.onTop+len(pc.stores)+1)
	pc.stores = append(pc.stores, name)
}

// subpattern compiles a pattern nested in another, where irrefutable patterns are allowed.
func (c *compiler) subpattern(p syntax.Pattern, pc *patternContext) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

// pattern compiles p, which consumes the subject on top of the stack.
func (c *compiler) pattern(p syntax.Pattern, pc *patternContext) {
	old := c.setLine(p.Pos().Line)
	oldSpan := c.setSpan(p)
	defer func() { c.setLine(old); c.u.span = oldSpan }()
	switch p := p.(type) {
	case *syntax.MatchValue:
		switch p.Value.(type) {
		case *syntax.Constant, *syntax.Attribute, *syntax.UnaryOp, *syntax.BinOp:
		default:
			c.fail(p, "patterns may only match literals and attribute lookups")
		}
		c.expr(p.Value)
		c.emit(COMPARE_OP, int(CmpEQ))
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSingleton:
		c.loadConst(p.Value)
		c.emit(IS_OP, 0)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name == "" {
					c.fail(p, "wildcard makes remaining patterns unreachable")
				}
				c.fail(p, "name capture '%s' makes remaining patterns unreachable", p.Name)
			}
			c.storeCapture(p.Name, p, pc)
			return
		}
		pc.onTop++
		c.emitOp(DUP_TOP)
		c.pattern(p.Pattern, pc)
		pc.onTop--
		c.storeCapture(p.Name, p, pc)
	case *syntax.MatchStar:
		c.storeCapture(p.Name, p, pc)
	case *syntax.MatchSequence:
		c.sequencePattern(p, pc)
	case *syntax.MatchMapping:
		c.mappingPattern(p, pc)
	case *syntax.MatchClass:
		c.classPattern(p, pc)
	case *syntax.MatchOr:
		c.orPattern(p, pc)
	default:
		c.fail(p, "unexpected pattern")
	}
}

// sequencePattern compiles [p1, .., pn] with at most one starred pattern.
func (c *compiler) sequencePattern(p *syntax.MatchSequence, pc *patternContext) {
	size := len(p.Patterns)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, sub := range p.Patterns {
		if s, ok := sub.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.fail(p, "multiple starred names in sequence pattern")
			}
			star = i
			starWildcard = s.Name == ""
		}
		onlyWildcard = onlyWildcard && isWildcard(sub)
	}
	pc.onTop++
	c.emitOp(MATCH_SEQUENCE)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if star < 0 {
		c.emitOp(GET_LEN)
		c.loadConst(int64(size))
		c.emit(COMPARE_OP, int(CmpEQ))
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	} else if size > 1 {
		c.emitOp(GET_LEN)
		c.loadConst(int64(size - 1))
		c.emit(COMPARE_OP, int(CmpGE))
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.emitOp(POP_TOP)
	case starWildcard:
		// Index the elements rather than unpacking the whole sequence.
		pc.onTop++
		for i, sub := range p.Patterns {
			if isWildcard(sub) {
				continue
			}
			c.emitOp(DUP_TOP)
			if i < star {
				c.loadConst(int64(i))
			} else {
				c.emitOp(GET_LEN)
				c.loadConst(int64(size - i))
				c.emit(BINARY_OP, int(OpSub))
			}
			c.emitOp(BINARY_SUBSCR)
			c.subpattern(sub, pc)
		}
		pc.onTop--
		c.emitOp(POP_TOP)
	default:
		if star < 0 {
			c.emit(UNPACK_SEQUENCE, size)
		} else {
			c.emit(UNPACK_EX, star|(size-star-1)<<8)
		}
		pc.onTop += size
		for _, sub := range p.Patterns {
			pc.onTop--
			c.subpattern(sub, pc)
		}
	}
}

// mappingPattern compiles {k1: p1, .., **rest}.
func (c *compiler) mappingPattern(p *syntax.MatchMapping, pc *patternContext) {
	size := len(p.Keys)
	if size != len(p.Patterns) {
		c.fail(p, "keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(p.Patterns))
	}
	pc.onTop++
	c.emitOp(MATCH_MAPPING)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		pc.onTop--
		c.emitOp(POP_TOP)
		return
	}
	if size > 0 {
		c.emitOp(GET_LEN)
		c.loadConst(int64(size))
		c.emit(COMPARE_OP, int(CmpGE))
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	seen := map[string]bool{}
	for _, key := range p.Keys {
		switch key.(type) {
		case *syntax.Attribute:
		case *syntax.Constant, *syntax.UnaryOp, *syntax.BinOp:
			if k, ok := c.fold(key); ok {
				if id, ok := constKey(numericKey(k)); ok {
					if seen[id] {
						c.fail(p, "mapping pattern checks duplicate key (%s)", ConstRepr(k))
					}
					seen[id] = true
				}
			}
		default:
			c.fail(key, "mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(key)
	}
	c.emit(BUILD_TUPLE, size)
	c.emitOp(MATCH_KEYS)
	pc.onTop += 2
	c.emitOp(DUP_TOP)
	c.loadConst(nil)
	c.emit(IS_OP, 1)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	c.emit(UNPACK_SEQUENCE, size)
	pc.onTop += size - 1
	for _, sub := range p.Patterns {
		pc.onTop--
		c.subpattern(sub, pc)
	}
	// The subject and the keys are left.
	if p.Rest != "" {
		c.emitOp(COPY_DICT_WITHOUT_KEYS)
		pc.onTop--
		c.storeCapture(p.Rest, p, pc)
	} else {
		pc.onTop--
		c.emitOp(POP_TOP)
	}
	pc.onTop--
	c.emitOp(POP_TOP)
}

// classPattern compiles Cls(p1, .., name=q, ..).
func (c *compiler) classPattern(p *syntax.MatchClass, pc *patternContext) {
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.fail(p, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns))
	}
	for i, name := range p.KwdAttrs {
		if name == "__debug__" {
			c.fail(p.KwdPatterns[i], "cannot assign to __debug__")
		}
		if slices.Contains(p.KwdAttrs[i+1:], name) {
			j := i + 1 + slices.Index(p.KwdAttrs[i+1:], name)
			c.fail(p.KwdPatterns[j], "attribute name repeated in class pattern: %s", name)
		}
	}
	c.expr(p.Cls)
	names := make(Tuple, nattrs)
	for i, name := range p.KwdAttrs {
		names[i] = name
	}
	c.loadConst(names)
	c.emit(MATCH_CLASS, nargs)
	c.emitOp(DUP_TOP)
	c.loadConst(nil)
	c.emit(IS_OP, 1)
	pc.onTop++
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	c.emit(UNPACK_SEQUENCE, nargs+nattrs)
	pc.onTop += nargs + nattrs - 1
	subs := append(slices.Clip(p.Patterns), p.KwdPatterns...)
	for _, sub := range subs {
		pc.onTop--
		if isWildcard(sub) {
			c.emitOp(POP_TOP)
			continue
		}
		c.subpattern(sub, pc)
	}
}

// orPattern compiles p1 | p2 | ..: each alternative is tried on a copy of the subject, and
// the names each binds are rotated into the order of the first alternative's.
func (c *compiler) orPattern(p *syntax.MatchOr, pc *patternContext) {
	end := c.newLabel()
	outer := *pc
	var control []string
	for i, alt := range p.Patterns {
		pc.stores = nil
		pc.allowIrrefutable = i == len(p.Patterns)-1 && outer.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.emitOp(DUP_TOP)
		c.pattern(alt, pc)
		nstores := len(pc.stores)
		switch {
		case i == 0:
			control = pc.stores
		case nstores != len(control):
			c.fail(p, "alternative patterns bind different names")
		case nstores > 0:
			for icontrol := nstores - 1; icontrol >= 0; icontrol-- {
				name := control[icontrol]
				istores := slices.Index(pc.stores, name)
				if istores < 0 {
					c.fail(p, "alternative patterns bind different names")
				}
				if icontrol != istores {
					// Move the first istores+1 captures below the ones up to icontrol,
					// on the stack and in pc.stores.
					rotations := istores + 1
					rotated := slices.Clone(pc.stores[:rotations])
					rest := slices.Clone(pc.stores[rotations:])
					at := icontrol - istores
					pc.stores = append(append(append([]string{}, rest[:at]...), rotated...), rest[at:]...)
					for ; rotations > 0; rotations-- {
						c.emit(ROT_N, icontrol+1)
					}
				}
			}
		}
		c.emitJump(JUMP, end)
		c.emitFailPop(pc)
	}
	*pc = outer
	// No alternative matched: pop the subject and fail.
	c.emitOp(POP_TOP)
	c.jumpToFailPop(pc, JUMP)
	c.bind(end)
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.emit(ROT_N, nrots)
		if slices.Contains(pc.stores, name) {
			c.fail(p, "multiple assignments to name '%s' in pattern", name)
		}
		pc.stores = append(pc.stores, name)
	}
	c.emitOp(POP_TOP)
}

// numericKey maps a constant to the one that identifies it as a dict key: True is 1, 1.0 is 1,
// and a complex number with no imaginary part is its real part.
func numericKey(k Const) Const {
	switch v := k.(type) {
	case bool:
		if v {
			return int64(1)
		}
		return int64(0)
	case complex128:
		if imag(v) == 0 {
			return numericKey(real(v))
		}
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<62 {
			return int64(v)
		}
	}
	return k
}
