package vm

// The call-related opcodes that are not inline in the eval loop: CALL_EX, MAKE_FUNCTION and
// the with statement's SETUP_WITH and WITH_EXCEPT_START.

// opCallEx runs CALL_EX<flags>: f(*args) or f(*args, **kwargs).
func (th *Thread) opCallEx(f *Frame, sp int, flags uint32) (int, error) {
	stack := f.valueStack()
	var kwargs Value
	if flags&1 != 0 {
		sp--
		kwargs = stack[sp]
		stack[sp] = nil
	}
	sp--
	argv := stack[sp]
	stack[sp] = nil
	fn := stack[sp-1]
	args, ok := argv.(Tuple)
	if !ok {
		l := &List{}
		if err := th.extendList(l, argv); err != nil {
			if ExceptionMatches(err, TypeErrorType) && LookupSpecial(argv, "__iter__") == nil {
				return sp, Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", funcStr(th, fn), typeName(argv))
			}
			return sp, err
		}
		args = l.Items
	}
	var kwnames []string
	if kwargs != nil {
		d, ok := kwargs.(*Dict)
		if !ok {
			d = NewDict()
			if err := th.dictUpdate(d, kwargs, true, fn); err != nil {
				return sp, err
			}
		}
		if d.Len() > 0 {
			full := make([]Value, len(args), len(args)+d.Len())
			copy(full, args)
			kwnames = make([]string, 0, d.Len())
			for pos := 0; ; {
				k, v, next, ok := d.Next(pos)
				if !ok {
					break
				}
				pos = next
				s, ok := strSelf(k)
				if !ok {
					return sp, Errorf(TypeErrorType, "keywords must be strings")
				}
				kwnames = append(kwnames, s)
				full = append(full, v)
			}
			args = full
		}
	}
	r, err := Call(th, fn, args, kwnames)
	if err != nil {
		return sp, err
	}
	stack[sp-1] = r
	return sp, nil
}

// opMakeFunction runs MAKE_FUNCTION<flags>.
func (th *Thread) opMakeFunction(f *Frame, sp int, flags uint32) int {
	stack := f.valueStack()
	sp--
	code := stack[sp].(*Code)
	stack[sp] = nil
	fn := NewFunction(code, f.Globals, f.Builtins)
	if flags&8 != 0 {
		sp--
		cells := stack[sp].(Tuple)
		stack[sp] = nil
		fn.Closure = make([]*Cell, len(cells))
		for i, c := range cells {
			fn.Closure[i] = c.(*Cell)
		}
	}
	if flags&4 != 0 {
		sp--
		if d, ok := stack[sp].(*Dict); ok {
			fn.Annotations = d
		}
		stack[sp] = nil
	}
	if flags&2 != 0 {
		sp--
		if d, ok := stack[sp].(*Dict); ok {
			fn.KwDefaults = d
		}
		stack[sp] = nil
	}
	if flags&1 != 0 {
		sp--
		if t, ok := stack[sp].(Tuple); ok {
			fn.Defaults = t
		}
		stack[sp] = nil
	}
	stack[sp] = fn
	return sp + 1
}

// opSetupWith runs SETUP_WITH<handler>: mgr -> exit enter_result, with a handler block whose
// level counts exit.
func (th *Thread) opSetupWith(f *Frame, sp, handler int) (int, error) {
	stack := f.valueStack()
	mgr := stack[sp-1]
	enter := LookupSpecial(mgr, "__enter__")
	if enter == nil {
		return sp, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", typeName(mgr))
	}
	exit := LookupSpecial(mgr, "__exit__")
	if exit == nil {
		return sp, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", typeName(mgr))
	}
	bound, err := BindDescriptor(th, exit, mgr)
	if err != nil {
		return sp, err
	}
	stack[sp-1] = bound
	r, err := callUnbound(th, enter, mgr, []Value{mgr})
	if err != nil {
		return sp, err
	}
	f.blocks[f.nblocks] = block{kind: blockHandler, handler: int32(handler), level: int32(sp)}
	f.nblocks++
	stack[sp] = r
	return sp + 1, nil
}

// opWithExceptStart runs WITH_EXCEPT_START: exit exc -> exit exc exit(type(exc), exc, tb).
func (th *Thread) opWithExceptStart(f *Frame, sp int) (Value, error) {
	exc := f.valueStack()[sp-1]
	exit := f.valueStack()[sp-2]
	var tb Value = None
	if e, ok := exc.(*Exception); ok && e.Traceback != nil {
		tb = e.Traceback
	}
	return Call(th, exit, []Value{exc.Type(), exc, tb}, nil)
}
