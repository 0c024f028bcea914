package vm

// This file runs the opcodes of the match statement (see runtime/compile/opcode.go): the
// mapping, sequence and class tests of PEP 634 with CPython 3.12's semantics and messages.

import (
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// matchOp runs GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS and
// COPY_DICT_WITHOUT_KEYS. Its results are coldOp's.
func (th *Thread) matchOp(f *Frame, in compile.Instr, sp, pc int) (int, int, error, bool) {
	stack := f.valueStack()
	switch in.Op {
	case compile.GET_LEN:
		n, err := Len(th, stack[sp-1])
		if err != nil {
			return sp, pc, err, false
		}
		stack[sp] = Int(n)
		sp++

	case compile.MATCH_MAPPING, compile.MATCH_SEQUENCE:
		var ok bool
		var err error
		if in.Op == compile.MATCH_MAPPING {
			ok, err = th.isMatchMapping(stack[sp-1])
		} else {
			ok, err = th.isMatchSequence(stack[sp-1])
		}
		if err != nil {
			return sp, pc, err, false
		}
		stack[sp] = Bool(ok)
		sp++

	case compile.MATCH_KEYS:
		values, err := th.matchKeys(stack[sp-2], stack[sp-1])
		if err != nil {
			return sp, pc, err, false
		}
		stack[sp] = values
		sp++

	case compile.COPY_DICT_WITHOUT_KEYS:
		rest := NewDict()
		if err := DictUpdate(th, rest, stack[sp-2]); err != nil {
			return sp, pc, err, false
		}
		keys, _ := stack[sp-1].(Tuple)
		for _, k := range keys {
			if _, err := rest.Delete(th, k); err != nil {
				return sp, pc, err, false
			}
		}
		stack[sp-1] = rest

	case compile.MATCH_CLASS:
		names, _ := stack[sp-1].(Tuple)
		attrs, err := th.matchClass(stack[sp-3], stack[sp-2], int(in.Arg), names)
		if err != nil {
			return sp, pc, err, false
		}
		sp -= 2
		stack[sp-1] = attrs
		stack[sp], stack[sp+1] = nil, nil

	default:
		return sp, pc, Errorf(SystemErrorType, "unknown opcode %d", int(in.Op)), false
	}
	return sp, pc, nil, false
}

// abcClass returns collections.abc's class name when that module has been imported. A class
// can only be a registered or derived Mapping or Sequence once it has.
func (th *Thread) abcClass(name string) Value {
	if th.Interp.Modules == nil {
		return nil
	}
	m, ok := th.Interp.Modules.GetStr("collections.abc")
	if !ok || m == None {
		return nil
	}
	cls, ok, err := GetAttrOK(th, m, name)
	if err != nil || !ok {
		return nil
	}
	return cls
}

// isMatchMapping reports whether v matches mapping patterns: a dict or a
// collections.abc.Mapping.
func (th *Thread) isMatchMapping(v Value) (bool, error) {
	t := v.Type()
	switch {
	case t.IsSubtype(DictType):
		return true, nil
	case t.IsSubtype(ListType), t.IsSubtype(TupleType), t.IsSubtype(StrType), t.IsSubtype(BytesType),
		t.IsSubtype(ByteArrayType), t.IsSubtype(IntType), t.IsSubtype(FloatType), t.IsSubtype(RangeType):
		return false, nil
	}
	if cls := th.abcClass("Mapping"); cls != nil {
		return IsInstance(th, v, cls)
	}
	return false, nil
}

// isMatchSequence reports whether v matches sequence patterns: a collections.abc.Sequence
// other than str, bytes and bytearray.
func (th *Thread) isMatchSequence(v Value) (bool, error) {
	t := v.Type()
	switch {
	case t.IsSubtype(StrType), t.IsSubtype(BytesType), t.IsSubtype(ByteArrayType), t.IsSubtype(DictType),
		t.IsSubtype(IntType), t.IsSubtype(FloatType):
		return false, nil
	case t.IsSubtype(ListType), t.IsSubtype(TupleType), t.IsSubtype(RangeType), t.IsSubtype(MemoryViewType):
		return true, nil
	}
	if cls := th.abcClass("Sequence"); cls != nil {
		return IsInstance(th, v, cls)
	}
	return false, nil
}

// matchKeys looks up keys in subject with its get method and returns the tuple of the values,
// or None when a key is missing.
func (th *Thread) matchKeys(subject, keys Value) (Value, error) {
	ks, _ := keys.(Tuple)
	if len(ks) == 0 {
		return Tuple{}, nil
	}
	get, err := GetAttr(th, subject, "get")
	if err != nil {
		return nil, err
	}
	seen := NewSet()
	dummy, err := Call(th, ObjectType, nil, nil)
	if err != nil {
		return nil, err
	}
	values := make(Tuple, len(ks))
	for i, k := range ks {
		dup, err := Contains(th, seen, k)
		if err != nil {
			return nil, err
		}
		if dup {
			r, err := Repr(th, k)
			if err != nil {
				return nil, err
			}
			return nil, Errorf(ValueErrorType, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := seen.Add(th, k); err != nil {
			return nil, err
		}
		v, err := Call(th, get, []Value{k, dummy}, nil)
		if err != nil {
			return nil, err
		}
		if v == dummy {
			return None, nil
		}
		values[i] = v
	}
	return values, nil
}

// matchSelfTypes are the builtin types whose instances a class pattern with one positional
// sub-pattern matches as a whole (CPython's _Py_TPFLAGS_MATCH_SELF).
var matchSelfTypes = []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType,
	IntType, ListType, SetType, StrType, TupleType}

// matchClass runs MATCH_CLASS: the tuple of the attributes that nargs positional and the
// keyword sub-patterns name, or None when the subject is not an instance of cls or lacks one.
func (th *Thread) matchClass(subject, cls Value, nargs int, names Tuple) (Value, error) {
	t, ok := cls.(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "called match pattern must be a class")
	}
	if ok, err := IsInstance(th, subject, t); err != nil || !ok {
		if err != nil {
			return nil, err
		}
		return None, nil
	}
	attrs := make(Tuple, 0, nargs+len(names))
	seen := map[string]bool{}
	get := func(name string) (bool, error) {
		if seen[name] {
			return false, Errorf(TypeErrorType, "%s() got multiple sub-patterns for attribute %s", t.Name, pyQuote(name))
		}
		seen[name] = true
		v, ok, err := GetAttrOK(th, subject, name)
		if err != nil || !ok {
			return false, err
		}
		attrs = append(attrs, v)
		return true, nil
	}
	if nargs > 0 {
		matchArgs, found, err := GetAttrOK(th, t, "__match_args__")
		if err != nil {
			return nil, err
		}
		var args Tuple
		matchSelf := false
		if found {
			tup, isTuple := matchArgs.(Tuple)
			if !isTuple || matchArgs.Type() != TupleType {
				return nil, Errorf(TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", t.Name, matchArgs.Type().Name)
			}
			args = tup
		} else {
			for _, st := range matchSelfTypes {
				if t.IsSubtype(st) {
					matchSelf = true
				}
			}
		}
		allowed := len(args)
		if matchSelf {
			allowed = 1
		}
		if allowed < nargs {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return nil, Errorf(TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", t.Name, allowed, plural, nargs)
		}
		if matchSelf {
			attrs = append(attrs, subject)
		} else {
			for _, a := range args[:nargs] {
				name, ok := a.(Str)
				if !ok || a.Type() != StrType {
					return nil, Errorf(TypeErrorType, "__match_args__ elements must be strings (got %s)", a.Type().Name)
				}
				if ok, err := get(string(name)); err != nil || !ok {
					if err != nil {
						return nil, err
					}
					return None, nil
				}
			}
		}
	}
	for _, n := range names {
		name, _ := n.(Str)
		if ok, err := get(string(name)); err != nil || !ok {
			if err != nil {
				return nil, err
			}
			return None, nil
		}
	}
	return attrs, nil
}

// pyQuote returns the repr of a str without escapes beyond quoting.
func pyQuote(s string) string {
	r, err := Repr(nil, Str(s))
	if err != nil {
		return msgfmt.Sprintf("'%s'", s)
	}
	return r
}
