package compile

// This file compiles expressions: operators, displays, calls, f-strings, conditional jumps and
// constants. Functions, lambdas and comprehensions are in compile_func.go.

import (
	"math"
	"math/big"
	"strconv"

	"github.com/asobiba/asobiba/runtime/syntax"
)

// stackUseGuideline bounds the values a display or call pushes at once before it switches to
// building its container incrementally, as in CPython.
const stackUseGuideline = 30

// expr compiles an expression, leaving its value on the stack.
func (c *compiler) expr(e syntax.Expr) {
	old := c.setLine(e.Pos().Line)
	oldSpan := c.setSpan(e)
	c.expr1(e)
	c.setLine(old)
	c.u.span = oldSpan
}

func (c *compiler) expr1(e syntax.Expr) {
	if k, ok := c.fold(e); ok {
		c.loadConst(k)
		return
	}
	switch e := e.(type) {
	case *syntax.BoolOp:
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		end := c.newLabel()
		for _, v := range e.Values[:len(e.Values)-1] {
			c.expr(v)
			c.emitJump(op, end)
		}
		c.expr(e.Values[len(e.Values)-1])
		c.bind(end)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emitOp(DUP_TOP)
		c.assignTarget(e.Target)
	case *syntax.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(BINARY_OP, int(binaryOps[e.Op]))
	case *syntax.UnaryOp:
		c.expr(e.Operand)
		switch e.Op {
		case syntax.Invert:
			c.emitOp(UNARY_INVERT)
		case syntax.Not:
			c.emitOp(UNARY_NOT)
		case syntax.UAdd:
			c.emitOp(UNARY_POSITIVE)
		case syntax.USub:
			c.emitOp(UNARY_NEGATIVE)
		}
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.IfExp:
		end, orelse := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, orelse, false)
		c.expr(e.Body)
		c.emitJump(JUMP, end)
		c.bind(orelse)
		c.expr(e.Else)
		c.bind(end)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.Set:
		c.starUnpack(e.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *syntax.List:
		c.checkLoad(e.Ctx, e)
		c.starUnpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
	case *syntax.Tuple:
		c.checkLoad(e.Ctx, e)
		c.starUnpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", listComprehension, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", setComprehension, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", dictComprehension, e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", genExpression, e.Generators, e.Elt, nil)
	case *syntax.Await:
		if !c.u.scope.isFunctionLike() {
			c.fail(e, "'await' outside function")
		}
		if c.u.kind != unitAsyncFunction && c.u.kind != unitComprehension {
			c.fail(e, "'await' outside async function")
		}
		c.expr(e.Value)
		c.emitAwait(0)
	case *syntax.Yield:
		if !c.u.scope.isFunctionLike() {
			c.fail(e, "'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(nil)
		}
		c.emitOp(YIELD_VALUE)
	case *syntax.YieldFrom:
		if !c.u.scope.isFunctionLike() {
			c.fail(e, "'yield' outside function")
		}
		if c.u.kind == unitAsyncFunction {
			c.fail(e, "'yield from' inside async function")
		}
		c.expr(e.Value)
		c.emitOp(GET_YIELD_FROM_ITER)
		c.loadConst(nil)
		c.emitOp(YIELD_FROM)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.FormattedValue:
		c.formattedValue(e)
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.Constant:
		c.loadConst(constValue(e))
	case *syntax.Attribute:
		c.checkLoad(e.Ctx, e)
		c.expr(e.Value)
		c.setLine(e.End().Line)
		c.u.span = attrSpan(c.u.span, e)
		c.emitAttrName(LOAD_ATTR, e.Attr)
	case *syntax.Subscript:
		c.checkLoad(e.Ctx, e)
		c.expr(e.Value)
		c.sliceExpr(e.Slice)
		c.emitOp(BINARY_SUBSCR)
	case *syntax.Starred:
		c.fail(e, "can't use starred expression here")
	case *syntax.Name:
		c.nameOp(e.Id, e.Ctx, e)
	case *syntax.Slice:
		c.slice(e)
	default:
		// %T would need reflect in the browser engine: the position says which node.
		panic("unexpected expression at " + e.Pos().String())
	}
}

// checkLoad rejects a target expression compiled as a value (the parser never produces one).
func (c *compiler) checkLoad(ctx syntax.ExprContext, e syntax.Expr) {
	if ctx != syntax.Load {
		c.fail(e, "invalid expression context")
	}
}

// sliceExpr compiles the index of a subscription, which may be a slice.
func (c *compiler) sliceExpr(e syntax.Expr) {
	if s, ok := e.(*syntax.Slice); ok {
		old := c.setLine(s.Pos().Line)
		c.slice(s)
		c.setLine(old)
		return
	}
	c.expr(e)
}

func (c *compiler) slice(s *syntax.Slice) {
	n := 2
	for _, x := range []syntax.Expr{s.Lower, s.Upper} {
		if x != nil {
			c.expr(x)
		} else {
			c.loadConst(nil)
		}
	}
	if s.Step != nil {
		c.expr(s.Step)
		n = 3
	}
	c.emit(BUILD_SLICE, n)
}

// starUnpack builds a list, set or tuple from elements some of which may be starred, as
// CPython's starunpack_helper: pushed values already on the stack become its first elements.
// A tuple is built as a list and converted with LIST_TO_TUPLE when unpacking is involved.
func (c *compiler) starUnpack(elts []syntax.Expr, pushed int, build, add, extend Opcode, tuple bool) {
	n := len(elts)
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && n > 2 {
		// Like CPython, a display of more than two constants loads them as one constant and
		// extends an empty container with it; for sets the constant is a frozenset, which
		// also fixes the order the set is built in.
		if folded, ok := c.foldAll(elts); ok {
			switch {
			case tuple && pushed == 0:
				c.loadConst(folded)
			case add == SET_ADD:
				c.emit(build, pushed)
				c.loadConst(FrozenSet(folded))
				c.emit(extend, 1)
			default:
				c.emit(build, pushed)
				c.loadConst(folded)
				c.emit(extend, 1)
				if tuple {
					c.emitOp(LIST_TO_TUPLE)
				}
			}
			return
		}
	}
	if !seenStar && !big {
		for _, e := range elts {
			c.expr(e)
		}
		if tuple {
			c.emit(BUILD_TUPLE, n+pushed)
		} else {
			c.emit(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.emit(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !built {
				c.emit(build, i+pushed)
				built = true
			}
			old := c.setLine(s.Pos().Line)
			c.expr(s.Value)
			c.emit(extend, 1)
			c.setLine(old)
		} else {
			c.expr(e)
			if built {
				c.emit(add, 1)
			}
		}
	}
	if tuple {
		c.emitOp(LIST_TO_TUPLE)
	}
}

// dict compiles a dict display, as CPython's compiler_dict.
func (c *compiler) dict(e *syntax.Dict) {
	n := len(e.Values)
	haveDict := false
	elements := 0
	flush := func(begin, end int) {
		c.subdict(e, begin, end)
		if haveDict {
			c.emit(DICT_UPDATE, 1)
		}
		haveDict = true
		elements = 0
	}
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				flush(i-elements, i)
			}
			if !haveDict {
				c.emit(BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			flush(i-elements, i+1)
		} else {
			elements++
		}
	}
	if elements > 0 {
		flush(n-elements, n)
	}
	if !haveDict {
		c.emit(BUILD_MAP, 0)
	}
}

func (c *compiler) subdict(e *syntax.Dict, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		keys := make(Tuple, 0, n)
		for i := begin; i < end; i++ {
			k, ok := c.fold(e.Keys[i])
			if !ok {
				break
			}
			keys = append(keys, k)
		}
		if len(keys) == n {
			for i := begin; i < end; i++ {
				c.expr(e.Values[i])
			}
			c.loadConst(keys)
			c.emit(BUILD_CONST_KEY_MAP, n)
			return
		}
	}
	if big {
		c.emit(BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		if big {
			c.emit(MAP_ADD, 1)
		}
	}
	if !big {
		c.emit(BUILD_MAP, n)
	}
}

// compareOp emits the instruction of one comparison operator.
func (c *compiler) compareOp(op syntax.CmpOp) {
	switch op {
	case syntax.Eq:
		c.emit(COMPARE_OP, int(CmpEQ))
	case syntax.NotEq:
		c.emit(COMPARE_OP, int(CmpNE))
	case syntax.Lt:
		c.emit(COMPARE_OP, int(CmpLT))
	case syntax.LtE:
		c.emit(COMPARE_OP, int(CmpLE))
	case syntax.Gt:
		c.emit(COMPARE_OP, int(CmpGT))
	case syntax.GtE:
		c.emit(COMPARE_OP, int(CmpGE))
	case syntax.Is:
		c.emit(IS_OP, 0)
	case syntax.IsNot:
		c.emit(IS_OP, 1)
	case syntax.In:
		c.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(CONTAINS_OP, 1)
	}
}

// compare compiles a comparison; a chain a < b < c evaluates b once and stops at the first
// false result.
func (c *compiler) compare(e *syntax.Compare) {
	c.expr(e.Left)
	n := len(e.Ops)
	if n == 1 {
		c.expr(e.Comparators[0])
		c.compareOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n-1; i++ {
		c.expr(e.Comparators[i])
		c.emitOp(DUP_TOP)
		c.emitOp(ROT_THREE)
		c.compareOp(e.Ops[i])
		c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.expr(e.Comparators[n-1])
	c.compareOp(e.Ops[n-1])
	c.emitJump(JUMP, end)
	c.bind(cleanup)
	c.emitOp(ROT_TWO)
	c.emitOp(POP_TOP)
	c.bind(end)
}

// jumpIf compiles e as a condition: it jumps to target when e's truth equals cond and falls
// through otherwise, without leaving a value.
func (c *compiler) jumpIf(e syntax.Expr, target label, cond bool) {
	old := c.setLine(e.Pos().Line)
	defer c.setLine(old)
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			c.jumpIf(e.Operand, target, !cond)
			return
		}
	case *syntax.BoolOp:
		isOr := e.Op == syntax.Or
		next := target
		if isOr != cond {
			next = c.newLabel()
		}
		for _, v := range e.Values[:len(e.Values)-1] {
			c.jumpIf(v, next, isOr)
		}
		c.jumpIf(e.Values[len(e.Values)-1], target, cond)
		if next != target {
			c.bind(next)
		}
		return
	case *syntax.IfExp:
		end, next := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next, false)
		c.jumpIf(e.Body, target, cond)
		c.emitJump(JUMP, end)
		c.bind(next)
		c.jumpIf(e.Else, target, cond)
		c.bind(end)
		return
	case *syntax.Compare:
		n := len(e.Ops)
		if n > 1 {
			cleanup, end := c.newLabel(), c.newLabel()
			c.expr(e.Left)
			for i := 0; i < n-1; i++ {
				c.expr(e.Comparators[i])
				c.emitOp(DUP_TOP)
				c.emitOp(ROT_THREE)
				c.compareOp(e.Ops[i])
				c.emitJump(POP_JUMP_IF_FALSE, cleanup)
			}
			c.expr(e.Comparators[n-1])
			c.compareOp(e.Ops[n-1])
			c.emitJump(popJumpIf(cond), target)
			c.emitJump(JUMP, end)
			c.bind(cleanup)
			c.emitOp(POP_TOP)
			if !cond {
				c.emitJump(JUMP, target)
			}
			c.bind(end)
			return
		}
	}
	if k, ok := c.fold(e); ok {
		// A constant condition (including __debug__) jumps or falls through unconditionally;
		// the assembler then drops the dead branch.
		if truthy(k) == cond {
			c.emitJump(JUMP, target)
		}
		return
	}
	c.expr(e)
	c.emitJump(popJumpIf(cond), target)
}

func popJumpIf(cond bool) Opcode {
	if cond {
		return POP_JUMP_IF_TRUE
	}
	return POP_JUMP_IF_FALSE
}

// truthy reports the truth value of a constant of a Constant node.
func truthy(v Const) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	case string:
		return v != ""
	case Bytes:
		return v != ""
	case Tuple:
		return len(v) > 0
	case FrozenSet:
		return len(v) > 0
	}
	return true
}

// call compiles a call, using LOAD_METHOD / CALL_METHOD for obj.name(...) without * or **.
func (c *compiler) call(e *syntax.Call) {
	c.checkKeywords(e.Keywords)
	if c.methodCall(e) {
		return
	}
	c.expr(e.Func)
	c.callHelper(0, e.Args, e.Keywords)
}

// checkKeywords rejects repeated keyword arguments and __debug__ as a keyword.
func (c *compiler) checkKeywords(kws []*syntax.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if k.Arg == "__debug__" {
			c.fail(k, "cannot assign to __debug__")
		}
		for _, k2 := range kws[i+1:] {
			if k2.Arg == k.Arg {
				c.fail(k2, "keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

func (c *compiler) methodCall(e *syntax.Call) bool {
	attr, ok := e.Func.(*syntax.Attribute)
	if !ok || attr.Ctx != syntax.Load {
		return false
	}
	if len(e.Args)+len(e.Keywords) >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	c.expr(attr.Value)
	line := e.Pos().Line
	if line != attr.End().Line {
		line = attr.End().Line
	}
	old := c.setLine(line)
	callSpan := c.u.span
	c.u.span = attrSpan(spanOf(attr), attr)
	c.emitAttrName(LOAD_METHOD, attr.Attr)
	for _, a := range e.Args {
		c.expr(a)
	}
	for _, k := range e.Keywords {
		c.expr(k.Value)
	}
	c.u.span = attrSpan(callSpan, attr)
	n := len(e.Args) + len(e.Keywords)
	if len(e.Keywords) > 0 {
		c.loadConst(keywordNames(e.Keywords))
		c.emit(CALL_METHOD_KW, n)
	} else {
		c.emit(CALL_METHOD, n)
	}
	c.setLine(old)
	c.u.span = callSpan
	return true
}

func keywordNames(kws []*syntax.Keyword) Tuple {
	names := make(Tuple, len(kws))
	for i, k := range kws {
		names[i] = k.Arg
	}
	return names
}

// callHelper compiles the arguments of a call whose callee (and pushed leading positional
// arguments) are on the stack, and the call itself.
func (c *compiler) callHelper(pushed int, args []syntax.Expr, kws []*syntax.Keyword) {
	ex := false
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			ex = true
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			ex = true
		}
	}
	if !ex {
		for _, a := range args {
			c.expr(a)
		}
		n := pushed + len(args) + len(kws)
		if len(kws) > 0 {
			for _, k := range kws {
				c.expr(k.Value)
			}
			c.loadConst(keywordNames(kws))
			c.emit(CALL_KW, n)
		} else {
			c.emit(CALL, n)
		}
		return
	}
	// f(*args, **kwargs): a tuple of the positional arguments, a dict of the keyword ones.
	c.starUnpack(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	if len(kws) == 0 {
		c.emit(CALL_EX, 0)
		return
	}
	haveDict := false
	seen := 0
	for i, k := range kws {
		if k.Arg != "" {
			seen++
			continue
		}
		if seen > 0 {
			c.subkwargs(kws[i-seen : i])
			if haveDict {
				c.emit(DICT_MERGE, 1)
			}
			haveDict = true
			seen = 0
		}
		if !haveDict {
			c.emit(BUILD_MAP, 0)
			haveDict = true
		}
		c.expr(k.Value)
		c.emit(DICT_MERGE, 1)
	}
	if seen > 0 {
		c.subkwargs(kws[len(kws)-seen:])
		if haveDict {
			c.emit(DICT_MERGE, 1)
		}
	}
	c.emit(CALL_EX, 1)
}

// subkwargs builds a dict of named keyword arguments.
func (c *compiler) subkwargs(kws []*syntax.Keyword) {
	n := len(kws)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		for _, k := range kws {
			c.expr(k.Value)
		}
		c.loadConst(keywordNames(kws))
		c.emit(BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.emit(BUILD_MAP, 0)
	}
	for _, k := range kws {
		c.loadConst(k.Arg)
		c.expr(k.Value)
		if big {
			c.emit(MAP_ADD, 1)
		}
	}
	if !big {
		c.emit(BUILD_MAP, n)
	}
}

// formattedValue compiles a replacement field of an f-string.
func (c *compiler) formattedValue(e *syntax.FormattedValue) {
	c.expr(e.Value)
	flags := 0
	switch e.Conversion {
	case syntax.ConvStr:
		flags = 1
	case syntax.ConvRepr:
		flags = 2
	case syntax.ConvASCII:
		flags = 3
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		flags |= 4
	}
	c.emit(FORMAT_VALUE, flags)
}

// joinedStr compiles an f-string: its parts, joined with BUILD_STRING.
func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	switch len(e.Values) {
	case 0:
		c.loadConst("")
		return
	case 1:
		c.expr(e.Values[0])
		if _, ok := e.Values[0].(*syntax.Constant); ok {
			return
		}
		if _, ok := e.Values[0].(*syntax.FormattedValue); ok {
			return
		}
		c.emit(BUILD_STRING, 1)
		return
	}
	for _, v := range e.Values {
		c.expr(v)
	}
	c.emit(BUILD_STRING, len(e.Values))
}

// ---------------------------------------------------------------------------
// Constants

// constValue converts the value of a Constant node into a Const.
func constValue(k *syntax.Constant) Const {
	switch v := k.Value.(type) {
	case nil, bool, int64, float64, complex128, string:
		return v
	case int:
		return int64(v)
	case *big.Int:
		return normInt(v)
	case []byte:
		return Bytes(v)
	case syntax.Ellipsis:
		return Ellipsis
	}
	panic("unexpected constant value at " + k.Pos().String())
}

// normInt returns an int64 for a big integer that fits.
func normInt(v *big.Int) Const {
	if v.IsInt64() {
		return v.Int64()
	}
	return v
}

// foldAll folds every expression of a display, or reports that one is not constant.
func (c *compiler) foldAll(elts []syntax.Expr) (Tuple, bool) {
	t := make(Tuple, len(elts))
	for i, e := range elts {
		k, ok := c.fold(e)
		if !ok {
			return nil, false
		}
		t[i] = k
	}
	return t, true
}

// fold evaluates constant expressions that can not raise: constants, negated numbers and
// tuples of foldable expressions, as CPython's AST optimizer does for them.
func (c *compiler) fold(e syntax.Expr) (Const, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		return constValue(e), true
	case *syntax.Name:
		if e.Id == "__debug__" && e.Ctx == syntax.Load {
			return true, true
		}
	case *syntax.UnaryOp:
		if e.Op != syntax.USub {
			return nil, false
		}
		k, ok := e.Operand.(*syntax.Constant)
		if !ok {
			return nil, false
		}
		switch v := constValue(k).(type) {
		case int64:
			if v == math.MinInt64 {
				return new(big.Int).Neg(big.NewInt(v)), true
			}
			return -v, true
		case *big.Int:
			return normInt(new(big.Int).Neg(v)), true
		case float64:
			return -v, true
		case complex128:
			return -v, true
		}
	case *syntax.Tuple:
		if e.Ctx != syntax.Load {
			return nil, false
		}
		t := make(Tuple, len(e.Elts))
		for i, x := range e.Elts {
			k, ok := c.fold(x)
			if !ok {
				return nil, false
			}
			t[i] = k
		}
		return t, true
	}
	return nil, false
}

// constKey returns a key that identifies a constant by type and value, for sharing constant
// slots. Code objects have no key.
func constKey(v Const) (string, bool) {
	switch v := v.(type) {
	case nil:
		return "N", true
	case bool:
		if v {
			return "B1", true
		}
		return "B0", true
	case int64:
		return "I" + strconv.FormatInt(v, 10), true
	case *big.Int:
		return "I" + v.String(), true
	case float64:
		return "F" + strconv.FormatUint(math.Float64bits(v), 16), true
	case complex128:
		return "C" + strconv.FormatUint(math.Float64bits(real(v)), 16) + "," +
			strconv.FormatUint(math.Float64bits(imag(v)), 16), true
	case string:
		return "S" + strconv.Itoa(len(v)) + ":" + v, true
	case Bytes:
		return "Y" + strconv.Itoa(len(v)) + ":" + string(v), true
	case EllipsisType:
		return "E", true
	case Tuple:
		return seqKey("T", v)
	case FrozenSet:
		return seqKey("Z", v)
	}
	return "", false
}

func seqKey(tag string, elts []Const) (string, bool) {
	key := tag + strconv.Itoa(len(elts)) + "("
	for _, x := range elts {
		k, ok := constKey(x)
		if !ok {
			return "", false
		}
		key += strconv.Itoa(len(k)) + ":" + k
	}
	return key + ")", true
}
