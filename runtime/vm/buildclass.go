package vm

// The class statement: builtins.__build_class__.
//
// `class C(B, metaclass=M, **kw): body` calls __build_class__(func, 'C', B, metaclass=M,
// **kw), where func is the body compiled as a function. As CPython's
// builtin___build_class__, it resolves __mro_entries__ on bases that are not classes
// (recording the original bases as __orig_bases__), picks the most derived metaclass,
// prepares the namespace with the metaclass's __prepare__, runs the body with that
// namespace as its locals, and calls the metaclass with (name, bases, namespace, **kw).
// type.__new__ (class.go) does the rest: MRO, layout, __set_name__, __init_subclass__ and
// filling the __class__ cell from __classcell__.

// BuildClassBuiltin is builtins.__build_class__.
var BuildClassBuiltin *Builtin

func init() {
	BuildClassBuiltin = NewBuiltin("builtins", "__build_class__", buildClass)
	RegisterBuiltin("__build_class__", BuildClassBuiltin)
}

func buildClass(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, Errorf(TypeErrorType, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: name is not a string")
	}
	origBases := make(Tuple, npos-2)
	copy(origBases, args[2:npos])

	var meta Value
	var kwn []string
	var kwv []Value
	for i, k := range kwnames {
		v := args[npos+i]
		if k == "metaclass" {
			meta = v
			continue
		}
		kwn = append(kwn, k)
		kwv = append(kwv, v)
	}

	bases, changed, err := updateBases(th, origBases)
	if err != nil {
		return nil, err
	}
	isClass := false
	if meta == nil {
		if len(bases) == 0 {
			meta = TypeType
		} else {
			meta = bases[0].Type()
		}
		isClass = true
	} else if _, ok := meta.(*Type); ok {
		isClass = true
	}
	if isClass {
		w, err := calculateMetaclass(meta.(*Type), bases)
		if err != nil {
			return nil, err
		}
		meta = w
	}

	var ns Value
	prep, ok, err := GetAttrOK(th, meta, "__prepare__")
	if err != nil {
		return nil, err
	}
	if !ok {
		ns = NewDict()
	} else {
		pargs := append([]Value{name, bases}, kwv...)
		if ns, err = Call(th, prep, pargs, kwn); err != nil {
			return nil, err
		}
		if _, isDict := ns.(*Dict); !isDict && LookupSpecial(ns, "__getitem__") == nil {
			who := "<metaclass>"
			if isClass {
				who = meta.(*Type).Name
			}
			return nil, Errorf(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", who, typeName(ns))
		}
	}

	cell, err := th.runClassBody(fn, ns)
	if err != nil {
		return nil, err
	}
	if changed {
		if err := SetItem(th, ns, Str("__orig_bases__"), origBases); err != nil {
			return nil, err
		}
	}
	cargs := append([]Value{name, bases, ns}, kwv...)
	cls, err := Call(th, meta, cargs, kwn)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok {
		if t, ok := cls.(*Type); ok {
			switch {
			case c.Value == nil:
				// type.__new__ did not see __classcell__ (a metaclass dropped it): fill
				// the cell so that super() and __class__ still work.
				c.Value = t
			case c.Value != cls:
				return nil, Errorf(TypeErrorType, "__class__ set to %s defining '%s' as %s", typeReprValue(c.Value), string(name), typeRepr(t))
			}
		}
	}
	return cls, nil
}

func typeReprValue(v Value) string {
	if t, ok := v.(*Type); ok {
		return typeRepr(t)
	}
	return typeName(v)
}

// updateBases replaces the bases that are not classes but define __mro_entries__ by what
// that method returns; changed reports whether anything was replaced.
func updateBases(th *Thread, bases Tuple) (Tuple, bool, error) {
	var out Tuple
	changed := false
	for i, b := range bases {
		if _, ok := b.(*Type); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		meth, ok, err := GetAttrOK(th, b, "__mro_entries__")
		if err != nil {
			return nil, false, err
		}
		if !ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		r, err := Call(th, meth, []Value{bases}, nil)
		if err != nil {
			return nil, false, err
		}
		t, ok := r.(Tuple)
		if !ok {
			return nil, false, Errorf(TypeErrorType, "__mro_entries__ must return a tuple")
		}
		if !changed {
			changed = true
			out = append(Tuple{}, bases[:i]...)
		}
		out = append(out, t...)
	}
	if !changed {
		return bases, false, nil
	}
	return out, true, nil
}

// calculateMetaclass finds the most derived metaclass among meta and the bases' classes.
func calculateMetaclass(meta *Type, bases Tuple) (*Type, error) {
	winner := meta
	for _, b := range bases {
		t := b.Type()
		if winner.IsSubtype(t) {
			continue
		}
		if t.IsSubtype(winner) {
			winner = t
			continue
		}
		return nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// runClassBody runs a class body function with ns as its namespace and returns what the
// body returns: the __class__ cell when a method uses super() or __class__, else None.
func (th *Thread) runClassBody(fn *Function, ns Value) (Value, error) {
	if th.exec.depth >= th.recursionLimit() {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	f := th.newFrame(fn.Code, fn.Globals, fn.Builtins, true)
	f.Locals = ns
	f.initCells(fn)
	if err := th.enterGo(); err != nil {
		th.release(f)
		return nil, err
	}
	th.pushFrame(f)
	res, err := th.run(f, nil)
	th.popFrame(f)
	th.exec.goDepth--
	th.release(f)
	return res, err
}
