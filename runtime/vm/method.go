package vm

import "github.com/asobiba/asobiba/runtime/internal/msgfmt"

// MethodType is the class of bound methods.
var MethodType = NewBuiltinType("method", ObjectType, 0).SetSolid()

// BoundMethod is a function bound to an object (obj.m for a function m found on obj's
// class): calling it prepends Self to the arguments.
type BoundMethod struct {
	Func Value
	Self Value
}

// Type returns MethodType.
func (*BoundMethod) Type() *Type { return MethodType }

// call calls the method with Self prepended.
func (m *BoundMethod) call(th *Thread, args []Value, kwnames []string) (Value, error) {
	var buf [8]Value
	var full []Value
	if len(args)+1 <= len(buf) {
		full = buf[:len(args)+1]
	} else {
		full = make([]Value, len(args)+1)
	}
	full[0] = m.Self
	copy(full[1:], args)
	if fn, ok := m.Func.(*Function); ok {
		return th.callFunction(fn, full, kwnames)
	}
	return Call(th, m.Func, full, kwnames)
}

// callOther calls anything that is not a *Builtin: Python functions, bound methods,
// classes (via callType) and objects whose class defines __call__.
func callOther(th *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	switch f := fn.(type) {
	case *Function:
		return th.callFunction(f, args, kwnames)
	case *BoundMethod:
		return f.call(th, args, kwnames)
	case *Type:
		return callType(th, f, args, kwnames)
	}
	call := LookupSpecial(fn, "__call__")
	if call == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not callable", typeName(fn))
	}
	if th.exec.depth >= th.recursionLimit() {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded while calling a Python object")
	}
	th.exec.depth++
	defer func() { th.exec.depth-- }()
	return callMethodKw(th, call, fn, args, kwnames)
}

// callBuiltin calls a Go function from the eval loop. The call counts as a level of
// recursion, as in CPython, so that Go recursion through builtins is bounded too.
func (th *Thread) callBuiltin(b *Builtin, args []Value, kwnames []string) (Value, error) {
	if d := th.exec.depth; d >= th.Interp.RecursionLimit || d >= maxFrameDepth || th.exec.goDepth >= maxGoDepth {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded while calling a Python object")
	}
	th.exec.depth++
	th.exec.goDepth++
	r, err := b.CallBuiltin(th, args, kwnames)
	th.exec.depth--
	th.exec.goDepth--
	return r, err
}

// callUnbound calls m, found on self's class, with args whose first element is self.
func callUnbound(th *Thread, m, self Value, args []Value) (Value, error) {
	switch f := m.(type) {
	case *Function:
		return th.callFunction(f, args, nil)
	case *Builtin:
		if f.Self == nil {
			switch f.Kind {
			case BuiltinMethod:
				return f.Fn(th, args, nil)
			case BuiltinClassMethod:
				full := append([]Value{self.Type()}, args[1:]...)
				return f.Fn(th, full, nil)
			}
			return f.Fn(th, args[1:], nil)
		}
		return f.CallBuiltin(th, args[1:], nil)
	}
	return callMethodKw(th, m, self, args[1:], nil)
}

// methodRepr formats a bound method: <bound method C.m of <__main__.C object at 0x...>>.
func methodRepr(th *Thread, m *BoundMethod) (string, error) {
	name := "?"
	if q, ok, err := GetAttrOK(th, m.Func, "__qualname__"); err != nil {
		return "", err
	} else if ok {
		if s, ok := q.(Str); ok {
			name = string(s)
		}
	} else if n, ok, err := GetAttrOK(th, m.Func, "__name__"); err != nil {
		return "", err
	} else if ok {
		if s, ok := n.(Str); ok {
			name = string(s)
		}
	}
	if err := th.EnterRecursion(" while getting the repr of an object"); err != nil {
		return "", err
	}
	defer th.LeaveRecursion()
	self, err := Repr(th, m.Self)
	if err != nil {
		return "", err
	}
	return msgfmt.Sprintf("<bound method %s of %s>", name, self), nil
}

func init() {
	t := MethodType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "method() takes no keyword arguments")
		}
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "method expected 2 arguments, got %d", len(args)-1)
		}
		if !callable(args[1]) {
			return nil, Errorf(TypeErrorType, "first argument must be callable")
		}
		if args[2] == None {
			return nil, Errorf(TypeErrorType, "instance must not be None")
		}
		return &BoundMethod{Func: args[1], Self: args[2]}, nil
	})
	t.AddMethod("__call__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return args[0].(*BoundMethod).call(th, args[1:], kwnames)
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := methodRepr(th, args[0].(*BoundMethod))
		return Str(s), err
	})
	t.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return args[0], nil
	})
	t.AddMethod("__eq__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		a := args[0].(*BoundMethod)
		b, ok := args[1].(*BoundMethod)
		if !ok {
			return NotImplemented, nil
		}
		if !Is(a.Self, b.Self) {
			return False, nil
		}
		eq, err := Equal(th, a.Func, b.Func)
		return Bool(eq), err
	})
	t.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		m := args[0].(*BoundMethod)
		h1, err := Hash(th, m.Func)
		if err != nil {
			return nil, err
		}
		return Int(ObjectID(m.Self) ^ h1), nil
	})
	t.AddGetSet("__self__", func(th *Thread, self Value) (Value, error) { return self.(*BoundMethod).Self, nil }, nil)
	t.AddGetSet("__func__", func(th *Thread, self Value) (Value, error) { return self.(*BoundMethod).Func, nil }, nil)
	// __doc__ is the function's (or None); the method type's own docstring is the
	// descriptor's Doc.
	t.AddGetSet("__doc__", func(th *Thread, self Value) (Value, error) {
		v, ok, err := GetAttrOK(th, self.(*BoundMethod).Func, "__doc__")
		if !ok && err == nil {
			v = None
		}
		return v, err
	}, nil).Doc = "Create a bound instance method object."
	// Other attributes (__name__, __wrapped__, ...) come from the function.
	t.AddMethod("__getattr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		name, _ := args[1].(Str)
		v, err := GetAttr(th, args[0].(*BoundMethod).Func, string(name))
		if err != nil && IsAttributeError(err) {
			return nil, noAttr(args[0], string(name))
		}
		return v, err
	})
}

// callable reports whether v can be called.
func callable(v Value) bool {
	switch v.(type) {
	case *Function, *BoundMethod, *Builtin, *Type:
		return true
	}
	return LookupSpecial(v, "__call__") != nil
}
