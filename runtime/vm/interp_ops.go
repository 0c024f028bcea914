package vm

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
)

// The opcodes that are not on the eval loop's hot path. coldOp runs one of them with the
// frame's value stack (sp is the stack pointer, pc the next instruction) and returns the new
// stack pointer and program counter; reraise reports that err must propagate like RERAISE
// (keeping its traceback). Each opcode is a method of its own; interp_slow.go says why.
func (th *Thread) coldOp(f *Frame, in compile.Instr, sp, pc int) (nsp, npc int, err error, reraise bool) {
	switch in.Op {
	case compile.BUILD_SLICE:
		return th.coldBuildSlice(f, in, sp, pc)
	case compile.BUILD_SET:
		return th.coldBuildSet(f, in, sp, pc)
	case compile.BUILD_CONST_KEY_MAP:
		return th.coldBuildConstKeyMap(f, in, sp, pc)
	case compile.BUILD_STRING:
		return th.coldBuildString(f, in, sp, pc)
	case compile.SET_ADD:
		return th.coldSetAdd(f, in, sp, pc)
	case compile.LIST_EXTEND:
		return th.coldListExtend(f, in, sp, pc)
	case compile.SET_UPDATE:
		return th.coldSetUpdate(f, in, sp, pc)
	case compile.DICT_UPDATE, compile.DICT_MERGE:
		return th.coldDictUpdate(f, in, sp, pc)
	case compile.LIST_TO_TUPLE:
		return th.coldListToTuple(f, in, sp, pc)
	case compile.UNPACK_SEQUENCE:
		return th.opUnpack(f, sp, pc, int(in.Arg), -1)
	case compile.UNPACK_EX:
		return th.opUnpack(f, sp, pc, int(in.Arg&0xff), int(in.Arg>>8))
	case compile.FORMAT_VALUE:
		return th.coldFormatValue(f, in, sp, pc)
	case compile.CHECK_EG_MATCH:
		return th.coldCheckEGMatch(f, in, sp, pc)
	case compile.PREP_RERAISE_STAR:
		return th.coldPrepReraiseStar(f, in, sp, pc)
	case compile.GET_YIELD_FROM_ITER:
		return th.coldGetYieldFromIter(f, in, sp, pc)
	case compile.GET_AWAITABLE:
		return th.coldGetAwaitable(f, in, sp, pc)
	case compile.GET_AITER:
		return th.coldGetAIter(f, in, sp, pc)
	case compile.GET_ANEXT:
		return th.coldGetANext(f, in, sp, pc)
	case compile.END_ASYNC_FOR:
		return th.coldEndAsyncFor(f, in, sp, pc)
	case compile.BEFORE_ASYNC_WITH:
		return th.coldBeforeAsyncWith(f, in, sp, pc)
	case compile.SETUP_ASYNC_WITH:
		return th.coldSetupAsyncWith(f, in, sp, pc)
	case compile.IMPORT_NAME:
		return th.coldImportName(f, in, sp, pc)
	case compile.IMPORT_FROM:
		return th.coldImportFrom(f, in, sp, pc)
	case compile.IMPORT_STAR:
		return th.coldImportStar(f, in, sp, pc)
	case compile.SETUP_ANNOTATIONS:
		return th.coldSetupAnnotations(f, in, sp, pc)
	case compile.PRINT_EXPR:
		return th.coldPrintExpr(f, in, sp, pc)
	default:
		return th.miscOp(f, in, sp, pc)
	}
}

// coldBuildSlice runs BUILD_SLICE for coldOp.
func (th *Thread) coldBuildSlice(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	var step Value
	if in.Arg == 3 {
		sp--
		step = stack[sp]
		stack[sp] = nil
	}
	sp--
	stack[sp-1] = NewSlice(stack[sp-1], stack[sp], step)
	stack[sp] = nil
	return sp, pc, nil, false
}

// coldBuildSet runs BUILD_SET for coldOp.
func (th *Thread) coldBuildSet(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	n := int(in.Arg)
	set := NewSet()
	for _, v := range stack[sp-n : sp] {
		if err := set.Add(th, v); err != nil {
			return sp, pc, err, false
		}
	}
	clear(stack[sp-n : sp])
	sp -= n
	stack[sp] = set
	sp++
	return sp, pc, nil, false
}

// coldBuildConstKeyMap runs BUILD_CONST_KEY_MAP for coldOp.
func (th *Thread) coldBuildConstKeyMap(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	n := int(in.Arg)
	keys, _ := stack[sp-1].(Tuple)
	d := NewDict()
	for i := 0; i < n && i < len(keys); i++ {
		if err := d.Set(th, keys[i], stack[sp-1-n+i]); err != nil {
			return sp, pc, err, false
		}
	}
	clear(stack[sp-1-n : sp])
	sp -= n + 1
	stack[sp] = d
	sp++
	return sp, pc, nil, false
}

// coldBuildString runs BUILD_STRING for coldOp.
func (th *Thread) coldBuildString(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	n := int(in.Arg)
	size := 0
	for _, v := range stack[sp-n : sp] {
		s, _ := v.(Str)
		size += len(s)
	}
	var b strings.Builder
	b.Grow(size)
	for _, v := range stack[sp-n : sp] {
		s, _ := v.(Str)
		b.WriteString(string(s))
	}
	clear(stack[sp-n : sp])
	sp -= n
	stack[sp] = Str(b.String())
	sp++
	return sp, pc, nil, false
}

// coldSetAdd runs SET_ADD for coldOp.
func (th *Thread) coldSetAdd(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	v := stack[sp]
	stack[sp] = nil
	if err := stack[sp-int(in.Arg)].(*Set).Add(th, v); err != nil {
		return sp, pc, err, false
	}
	return sp, pc, nil, false
}

// coldListExtend runs LIST_EXTEND for coldOp.
func (th *Thread) coldListExtend(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	it := stack[sp]
	stack[sp] = nil
	l := stack[sp-int(in.Arg)].(*List)
	if err := th.extendList(l, it); err != nil {
		if fn := starCallee(f, sp, pc, l); fn != nil && ExceptionMatches(err, TypeErrorType) && LookupSpecial(it, "__iter__") == nil && LookupSpecial(it, "__getitem__") == nil {
			err = Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", funcStr(th, fn), typeName(it))
		}
		return sp, pc, err, false
	}
	return sp, pc, nil, false
}

// coldSetUpdate runs SET_UPDATE for coldOp.
func (th *Thread) coldSetUpdate(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	it := stack[sp]
	stack[sp] = nil
	if err := stack[sp-int(in.Arg)].(*Set).update(th, it); err != nil {
		return sp, pc, err, false
	}
	return sp, pc, nil, false
}

// coldDictUpdate runs DICT_UPDATE and DICT_MERGE for coldOp.
func (th *Thread) coldDictUpdate(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	m := stack[sp]
	stack[sp] = nil
	d := stack[sp-int(in.Arg)].(*Dict)
	var fn Value
	if in.Op == compile.DICT_MERGE && sp-int(in.Arg)-2 >= 0 {
		fn = stack[sp-int(in.Arg)-2]
	}
	if err := th.dictUpdate(d, m, in.Op == compile.DICT_MERGE, fn); err != nil {
		return sp, pc, err, false
	}
	return sp, pc, nil, false
}

// coldListToTuple runs LIST_TO_TUPLE for coldOp.
func (th *Thread) coldListToTuple(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	l := stack[sp-1].(*List)
	stack[sp-1] = Tuple(append([]Value(nil), l.Items...))
	return sp, pc, nil, false
}

// coldFormatValue runs FORMAT_VALUE for coldOp.
func (th *Thread) coldFormatValue(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	var spec string
	if in.Arg&4 != 0 {
		sp--
		s, _ := stack[sp].(Str)
		spec = string(s)
		stack[sp] = nil
	}
	v := stack[sp-1]
	var err error
	switch in.Arg & 3 {
	case 1:
		var s string
		s, err = ToStr(th, v)
		v = Str(s)
	case 2:
		var s string
		s, err = Repr(th, v)
		v = Str(s)
	case 3:
		var s string
		s, err = Repr(th, v)
		v = Str(asciiEscape(s))
	}
	if err != nil {
		return sp, pc, err, false
	}
	if _, ok := v.(Str); !ok || spec != "" {
		s, err := Format(th, v, spec)
		if err != nil {
			return sp, pc, err, false
		}
		v = Str(s)
	}
	stack[sp-1] = v
	return sp, pc, nil, false
}

// coldCheckEGMatch runs CHECK_EG_MATCH for coldOp.
func (th *Thread) coldCheckEGMatch(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	rest, match, err := th.exceptionGroupMatch(stack[sp-2], stack[sp-1])
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-2], stack[sp-1] = rest, match
	if e, ok := match.(*Exception); ok {
		th.exec.exc.value = e
	}
	return sp, pc, nil, false
}

// coldPrepReraiseStar runs PREP_RERAISE_STAR for coldOp.
func (th *Thread) coldPrepReraiseStar(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	l := stack[sp].(*List)
	stack[sp] = nil
	r, err := th.prepReraiseStar(stack[sp-1], l.Items)
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-1] = r
	return sp, pc, nil, false
}

// coldGetYieldFromIter runs GET_YIELD_FROM_ITER for coldOp.
func (th *Thread) coldGetYieldFromIter(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	v := stack[sp-1]
	if g, ok := v.(*Generator); ok {
		if g.kind == kindCoroutine && f.Code.kind != kindCoroutine && f.Code.Flags&flagIterableCoroutine == 0 {
			return sp, pc, Errorf(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator"), false
		}
		return sp, pc, nil, false
	}
	it, err := Iter(th, v)
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-1] = it
	return sp, pc, nil, false
}

// coldGetAwaitable runs GET_AWAITABLE for coldOp.
func (th *Thread) coldGetAwaitable(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	a, err := th.getAwaitable(stack[sp-1], int(in.Arg))
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-1] = a
	return sp, pc, nil, false
}

// coldGetAIter runs GET_AITER for coldOp.
func (th *Thread) coldGetAIter(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	a, err := th.getAIter(stack[sp-1])
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-1] = markOwned(a, f.Code, pc)
	return sp, pc, nil, false
}

// coldGetANext runs GET_ANEXT for coldOp.
func (th *Thread) coldGetANext(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	a, err := th.getANext(stack[sp-1])
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp] = a
	sp++
	return sp, pc, nil, false
}

// coldEndAsyncFor runs END_ASYNC_FOR for coldOp.
func (th *Thread) coldEndAsyncFor(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	exc := stack[sp-1]
	if e, ok := exc.(*Exception); ok && e.Class.IsSubtype(StopAsyncIterationType) {
		if f.nblocks > 0 && f.blocks[f.nblocks-1].kind == blockExceptHandler {
			f.nblocks--
			b := &f.blocks[f.nblocks]
			th.exec.exc.value = b.prev
			b.prev = nil
		}
		stack[sp-1], stack[sp-2] = nil, nil
		sp -= 2
		return sp, pc, nil, false
	}
	sp--
	stack[sp] = nil
	if e, ok := exc.(*Exception); ok {
		return sp, pc, e, true
	}
	return sp, pc, Errorf(SystemErrorType, "END_ASYNC_FOR of a non-exception"), false
}

// coldBeforeAsyncWith runs BEFORE_ASYNC_WITH for coldOp.
func (th *Thread) coldBeforeAsyncWith(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	mgr := stack[sp-1]
	enter := LookupSpecial(mgr, "__aenter__")
	if enter == nil {
		return sp, pc, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", typeName(mgr)), false
	}
	exit := LookupSpecial(mgr, "__aexit__")
	if exit == nil {
		return sp, pc, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typeName(mgr)), false
	}
	bound, err := BindDescriptor(th, exit, mgr)
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-1] = bound
	r, err := callUnbound(th, enter, mgr, []Value{mgr})
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp] = r
	sp++
	return sp, pc, nil, false
}

// coldSetupAsyncWith runs SETUP_ASYNC_WITH for coldOp.
func (th *Thread) coldSetupAsyncWith(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	f.blocks[f.nblocks] = block{kind: blockHandler, handler: int32(in.Arg), level: int32(sp - 1)}
	f.nblocks++
	return sp, pc, nil, false
}

// coldImportName runs IMPORT_NAME for coldOp.
func (th *Thread) coldImportName(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	fromlist := stack[sp]
	stack[sp] = nil
	level := 0
	if l, ok := stack[sp-1].(Int); ok {
		level = int(l)
	}
	m, err := th.importName(f, f.Code.Names[in.Arg], fromlist, level)
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp-1] = m
	return sp, pc, nil, false
}

// coldImportFrom runs IMPORT_FROM for coldOp.
func (th *Thread) coldImportFrom(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	v, err := th.importFrom(stack[sp-1], f.Code.Names[in.Arg])
	if err != nil {
		return sp, pc, err, false
	}
	stack[sp] = v
	sp++
	return sp, pc, nil, false
}

// coldImportStar runs IMPORT_STAR for coldOp.
func (th *Thread) coldImportStar(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	m := stack[sp]
	stack[sp] = nil
	if err := th.importStar(f, m); err != nil {
		return sp, pc, err, false
	}
	return sp, pc, nil, false
}

// coldSetupAnnotations runs SETUP_ANNOTATIONS for coldOp.
func (th *Thread) coldSetupAnnotations(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	_, ok, err := th.lookupMapping(f.Locals, "__annotations__")
	if err != nil {
		return sp, pc, err, false
	}
	if !ok {
		if err := th.storeName(f, "__annotations__", NewDict()); err != nil {
			return sp, pc, err, false
		}
	}
	return sp, pc, nil, false
}

// coldPrintExpr runs PRINT_EXPR for coldOp.
func (th *Thread) coldPrintExpr(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	sp--
	v := stack[sp]
	stack[sp] = nil
	if err := th.displayHook(v); err != nil {
		return sp, pc, err, false
	}
	return sp, pc, nil, false
}

// flagIterableCoroutine marks generator code decorated with types.coroutine (CPython's
// CO_ITERABLE_COROUTINE): such generators may be awaited.
const flagIterableCoroutine compile.CodeFlags = 1 << 8

// starCallee recognizes f(*x) and f(*x, **k) — BUILD_LIST 0; x; LIST_EXTEND 1;
// LIST_TO_TUPLE, then the call — and returns f, so that the error names it as CPython's
// does; it returns nil for other star displays.
func starCallee(f *Frame, sp, pc int, l *List) Value {
	instrs := f.Code.Instrs
	if len(l.Items) != 0 || pc+1 >= len(instrs) || instrs[pc].Op != compile.LIST_TO_TUPLE || sp < 2 {
		return nil
	}
	switch instrs[pc+1].Op {
	case compile.CALL_EX, compile.BUILD_MAP, compile.BUILD_CONST_KEY_MAP:
		return f.valueStack()[sp-2]
	}
	return nil
}

// extendList appends the items of an iterable to l (LIST_EXTEND), with CPython's message
// for operands that cannot be iterated.
func (th *Thread) extendList(l *List, it Value) error {
	switch x := it.(type) {
	case Tuple:
		l.Items = append(l.Items, x...)
		return nil
	case *List:
		l.Items = append(l.Items, x.Items...)
		return nil
	}
	iter, err := Iter(th, it)
	if err != nil {
		if ExceptionMatches(err, TypeErrorType) && LookupSpecial(it, "__iter__") == nil && LookupSpecial(it, "__getitem__") == nil {
			return Errorf(TypeErrorType, "Value after * must be an iterable, not %s", typeName(it))
		}
		return err
	}
	for {
		v, ok, err := Next(th, iter)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		l.Items = append(l.Items, v)
	}
}

// dictUpdate merges mapping m into d: {**m} (DICT_UPDATE) or f(**m) (DICT_MERGE, which
// refuses duplicate keys and names the function fn in its errors).
func (th *Thread) dictUpdate(d *Dict, m Value, merge bool, fn Value) error {
	set := func(k, v Value) error {
		if merge {
			if _, dup, err := d.Get(th, k); err != nil {
				return err
			} else if dup {
				ks, _ := strSelf(k)
				return Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", funcStr(th, fn), ks)
			}
		}
		return d.Set(th, k, v)
	}
	if src, ok := m.(*Dict); ok {
		for pos := 0; ; {
			k, v, next, ok := src.Next(pos)
			if !ok {
				return nil
			}
			pos = next
			if err := set(k, v); err != nil {
				return err
			}
		}
	}
	keysFn, err := GetAttr(th, m, "keys")
	if err != nil {
		if IsAttributeError(err) {
			if merge {
				return Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", funcStr(th, fn), typeName(m))
			}
			return Errorf(TypeErrorType, "'%s' object is not a mapping", typeName(m))
		}
		return err
	}
	keys, err := Call(th, keysFn, nil, nil)
	if err != nil {
		return err
	}
	it, err := Iter(th, keys)
	if err != nil {
		return err
	}
	for {
		k, ok, err := Next(th, it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		v, err := GetItem(th, m, k)
		if err != nil {
			return err
		}
		if err := set(k, v); err != nil {
			return err
		}
	}
}

// funcStr names a callable in call errors as CPython's _PyObject_FunctionStr does:
// "module.qualname()" ("__main__.f()", "print()").
func funcStr(th *Thread, fn Value) string {
	if fn == nil {
		return "function"
	}
	var qual, mod string
	switch f := fn.(type) {
	case *Function:
		qual = f.QualName
		if s, ok := f.Module.(Str); ok {
			mod = string(s)
		}
	case *BoundMethod:
		return funcStr(th, f.Func)
	case *Builtin:
		qual, mod = f.Name, f.Module
		if f.Owner != nil {
			qual, mod = f.Owner.QualName+"."+f.Name, ""
		}
	case *Type:
		qual, mod = f.QualName, f.Module
	default:
		q, ok, err := GetAttrOK(th, fn, "__qualname__")
		if err != nil || !ok {
			s, err := ToStr(th, fn)
			if err != nil {
				return typeName(fn) + " object"
			}
			return s
		}
		qs, _ := q.(Str)
		qual = string(qs)
		if m, ok, _ := GetAttrOK(th, fn, "__module__"); ok {
			if ms, ok := m.(Str); ok {
				mod = string(ms)
			}
		}
	}
	if mod != "" && mod != "builtins" {
		return mod + "." + qual + "()"
	}
	return qual + "()"
}

// opUnpack runs UNPACK_SEQUENCE (after < 0) and UNPACK_EX: the items are pushed so that the
// first one ends on top.
func (th *Thread) opUnpack(f *Frame, sp, pc, before, after int) (int, int, error, bool) {
	stack := f.valueStack()
	seq := stack[sp-1]
	var items []Value
	switch x := seq.(type) {
	case Tuple:
		items = x
	case *List:
		items = x.Items
	default:
		it, err := Iter(th, seq)
		if err != nil {
			if ExceptionMatches(err, TypeErrorType) && LookupSpecial(seq, "__iter__") == nil && LookupSpecial(seq, "__getitem__") == nil {
				err = Errorf(TypeErrorType, "cannot unpack non-iterable %s object", typeName(seq))
			}
			return sp, pc, err, false
		}
		for {
			if after < 0 && len(items) > before {
				return sp, pc, Errorf(ValueErrorType, "too many values to unpack (expected %d)", before), false
			}
			v, ok, err := Next(th, it)
			if err != nil {
				return sp, pc, err, false
			}
			if !ok {
				break
			}
			items = append(items, v)
		}
	}
	sp--
	stack[sp] = nil
	if after < 0 {
		if len(items) != before {
			if len(items) < before {
				return sp, pc, Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, len(items)), false
			}
			return sp, pc, Errorf(ValueErrorType, "too many values to unpack (expected %d)", before), false
		}
		for i := len(items) - 1; i >= 0; i-- {
			stack[sp] = items[i]
			sp++
		}
		return sp, pc, nil, false
	}
	if len(items) < before+after {
		return sp, pc, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items)), false
	}
	for i := len(items) - 1; i >= len(items)-after; i-- {
		stack[sp] = items[i]
		sp++
	}
	mid := append([]Value(nil), items[before:len(items)-after]...)
	stack[sp] = &List{Items: mid}
	sp++
	for i := before - 1; i >= 0; i-- {
		stack[sp] = items[i]
		sp++
	}
	return sp, pc, nil, false
}

// asciiEscape is ascii(): repr with non-ASCII characters escaped.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString("\\x")
			b.WriteString(hexDigits(uint64(r), 2))
		case r < 0x10000:
			b.WriteString("\\u")
			b.WriteString(hexDigits(uint64(r), 4))
		default:
			b.WriteString("\\U")
			b.WriteString(hexDigits(uint64(r), 8))
		}
	}
	return b.String()
}

func hexDigits(n uint64, width int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		b[i] = digits[n&15]
		n >>= 4
	}
	return string(b)
}

// displayHook runs sys.displayhook(v) for PRINT_EXPR, or prints repr(v) when there is no sys
// module.
func (th *Thread) displayHook(v Value) error {
	if th.Interp.Modules != nil {
		if sys, ok := th.Interp.Modules.GetStr("sys"); ok {
			if hook, ok, err := GetAttrOK(th, sys, "displayhook"); err != nil {
				return err
			} else if ok {
				_, err := Call(th, hook, []Value{v}, nil)
				return err
			}
		}
	}
	if v == None {
		return nil
	}
	s, err := Repr(th, v)
	if err != nil {
		return err
	}
	if th.Interp.Stdout != nil {
		_, _ = th.Interp.Stdout.Write([]byte(s + "\n"))
	}
	return nil
}
