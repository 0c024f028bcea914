package vm

import (
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// The Python-visible attributes of functions, code objects, cells, frames and tracebacks.

func init() {
	FunctionType.Flags |= FlagMethodDescriptor
	initFunctionType()
	initCodeType()
	initCellType()
	initFrameType()
	initTracebackType()
	SetCurrentGlobalsHook(func(th *Thread) *Dict {
		if f := th.CurrentFrame(); f != nil {
			return f.Globals
		}
		return nil
	})
	SetFrameSuperArgs(func(th *Thread) (*Type, Value, error) {
		f := th.CurrentFrame()
		if f == nil {
			return nil, nil, Errorf(RuntimeErrorType, "super(): no current frame")
		}
		return f.SuperArgs()
	})
}

// AttrDict returns the function's __dict__, creating it when asked.
func (fn *Function) AttrDict(create bool) *Dict {
	if fn.Dict == nil && create {
		fn.Dict = NewDict()
	}
	return fn.Dict
}

func fnSelf(v Value) *Function { return v.(*Function) }

func strAttr(name string, get func(Value) *string) (func(*Thread, Value) (Value, error), func(*Thread, Value, Value) error) {
	return func(th *Thread, self Value) (Value, error) {
			return Str(*get(self)), nil
		}, func(th *Thread, self Value, v Value) error {
			s, ok := v.(Str)
			if !ok {
				return Errorf(TypeErrorType, "%s must be set to a string object", name)
			}
			*get(self) = string(s)
			return nil
		}
}

func initFunctionType() {
	t := FunctionType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		spec := argSpec{fname: "function", names: []string{"code", "globals", "name", "argdefs", "closure"}, kwOnly: 5, required: 2}
		a, err := spec.parse(args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		code, ok := a[0].(*Code)
		if !ok {
			return nil, Errorf(TypeErrorType, "function() argument 'code' must be code, not %s", typeName(a[0]))
		}
		globals, ok := a[1].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "function() argument 'globals' must be dict, not %s", typeName(a[1]))
		}
		fn := NewFunction(code, globals, th.builtinsFor(globals))
		if n, ok := a[2].(Str); ok {
			fn.Name = string(n)
		}
		if d, ok := a[3].(Tuple); ok {
			fn.Defaults = d
		}
		if c, ok := a[4].(Tuple); ok {
			for _, x := range c {
				cell, ok := x.(*Cell)
				if !ok {
					return nil, Errorf(TypeErrorType, "arg 5 (closure) expected cell, found %s", typeName(x))
				}
				fn.Closure = append(fn.Closure, cell)
			}
		}
		if len(fn.Closure) != len(code.FreeVars) {
			return nil, Errorf(ValueErrorType, "%s requires closure of length %d, not %d", code.Name, len(code.FreeVars), len(fn.Closure))
		}
		return fn, nil
	})
	t.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 2 || args[1] == None {
			return args[0], nil
		}
		return &BoundMethod{Func: args[0], Self: args[1]}, nil
	})
	t.AddMethod("__call__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return th.callFunction(fnSelf(args[0]), args[1:], kwnames)
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Str(fnSelf(args[0]).String()), nil
	})
	get, set := strAttr("__name__", func(v Value) *string { return &fnSelf(v).Name })
	t.AddGetSet("__name__", get, set)
	get, set = strAttr("__qualname__", func(v Value) *string { return &fnSelf(v).QualName })
	t.AddGetSet("__qualname__", get, set)
	t.AddGetSet("__module__", func(th *Thread, self Value) (Value, error) { return fnSelf(self).Module, nil },
		func(th *Thread, self Value, v Value) error {
			if v == nil {
				v = None
			}
			fnSelf(self).Module = v
			return nil
		})
	t.AddGetSet("__doc__", func(th *Thread, self Value) (Value, error) { return fnSelf(self).Doc, nil },
		func(th *Thread, self Value, v Value) error {
			if v == nil {
				v = None
			}
			fnSelf(self).Doc = v
			return nil
		})
	t.AddGetSet("__code__", func(th *Thread, self Value) (Value, error) { return fnSelf(self).Code, nil },
		func(th *Thread, self Value, v Value) error {
			c, ok := v.(*Code)
			if !ok {
				return Errorf(TypeErrorType, "__code__ must be set to a code object")
			}
			fnSelf(self).Code = c
			return nil
		})
	t.AddGetSet("__globals__", func(th *Thread, self Value) (Value, error) { return fnSelf(self).Globals, nil }, nil)
	t.AddGetSet("__builtins__", func(th *Thread, self Value) (Value, error) { return fnSelf(self).Builtins, nil }, nil)
	t.AddGetSet("__closure__", func(th *Thread, self Value) (Value, error) {
		fn := fnSelf(self)
		if len(fn.Closure) == 0 {
			return None, nil
		}
		t := make(Tuple, len(fn.Closure))
		for i, c := range fn.Closure {
			t[i] = c
		}
		return t, nil
	}, nil)
	t.AddGetSet("__defaults__", func(th *Thread, self Value) (Value, error) {
		if d := fnSelf(self).Defaults; d != nil {
			return d, nil
		}
		return None, nil
	}, func(th *Thread, self Value, v Value) error {
		switch d := v.(type) {
		case nil, *NoneType:
			fnSelf(self).Defaults = nil
		case Tuple:
			fnSelf(self).Defaults = d
		default:
			return Errorf(TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		return nil
	})
	t.AddGetSet("__kwdefaults__", func(th *Thread, self Value) (Value, error) {
		if d := fnSelf(self).KwDefaults; d != nil {
			return d, nil
		}
		return None, nil
	}, func(th *Thread, self Value, v Value) error {
		switch d := v.(type) {
		case nil, *NoneType:
			fnSelf(self).KwDefaults = nil
		case *Dict:
			fnSelf(self).KwDefaults = d
		default:
			return Errorf(TypeErrorType, "__kwdefaults__ must be set to a dict object")
		}
		return nil
	})
	t.AddGetSet("__annotations__", func(th *Thread, self Value) (Value, error) {
		fn := fnSelf(self)
		if fn.Annotations == nil {
			fn.Annotations = NewDict()
		}
		return fn.Annotations, nil
	}, func(th *Thread, self Value, v Value) error {
		switch d := v.(type) {
		case nil, *NoneType:
			fnSelf(self).Annotations = nil
		case *Dict:
			fnSelf(self).Annotations = d
		default:
			return Errorf(TypeErrorType, "__annotations__ must be set to a dict object")
		}
		return nil
	})
	t.AddGetSet("__dict__", func(th *Thread, self Value) (Value, error) {
		return fnSelf(self).AttrDict(true), nil
	}, func(th *Thread, self Value, v Value) error {
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
		}
		fnSelf(self).Dict = d
		return nil
	})
}

// cpythonCodeFlags converts the compiler's flags to the values of CPython's co_flags.
func cpythonCodeFlags(c *Code) int {
	var r int
	f := c.Flags
	bits := []struct {
		f compile.CodeFlags
		v int
	}{
		{compile.FlagOptimized, 0x1}, {compile.FlagNewLocals, 0x2}, {compile.FlagVarArgs, 0x4},
		{compile.FlagVarKeywords, 0x8}, {compile.FlagNested, 0x10}, {compile.FlagGenerator, 0x20},
		{compile.FlagCoroutine, 0x80}, {flagIterableCoroutine, 0x100}, {compile.FlagAsyncGenerator, 0x200},
	}
	for _, b := range bits {
		if f&b.f != 0 {
			r |= b.v
		}
	}
	if len(c.FreeVars) == 0 && len(c.CellVars) == 0 {
		r |= 0x40
	}
	return r
}

func strTuple(s []string) Tuple {
	t := make(Tuple, len(s))
	for i, x := range s {
		t[i] = Str(x)
	}
	return t
}

func initCodeType() {
	t := CodeType
	co := func(v Value) *Code { return v.(*Code) }
	attrs := map[string]func(c *Code) Value{
		"co_name":            func(c *Code) Value { return Str(c.Name) },
		"co_qualname":        func(c *Code) Value { return Str(c.QualName) },
		"co_filename":        func(c *Code) Value { return Str(c.Filename) },
		"co_firstlineno":     func(c *Code) Value { return Int(c.FirstLine) },
		"co_argcount":        func(c *Code) Value { return Int(c.ArgCount) },
		"co_posonlyargcount": func(c *Code) Value { return Int(c.PosOnlyCount) },
		"co_kwonlyargcount":  func(c *Code) Value { return Int(c.KwOnlyCount) },
		"co_nlocals":         func(c *Code) Value { return Int(len(c.VarNames)) },
		"co_stacksize":       func(c *Code) Value { return Int(c.StackSize) },
		"co_flags":           func(c *Code) Value { return Int(cpythonCodeFlags(c)) },
		"co_varnames":        func(c *Code) Value { return strTuple(c.VarNames) },
		"co_cellvars":        func(c *Code) Value { return strTuple(c.CellVars) },
		"co_freevars":        func(c *Code) Value { return strTuple(c.FreeVars) },
		"co_names":           func(c *Code) Value { return strTuple(c.Names) },
		"co_consts":          func(c *Code) Value { return Tuple(append([]Value(nil), c.consts...)) },
	}
	for name, get := range attrs {
		get := get
		t.AddGetSet(name, func(th *Thread, self Value) (Value, error) { return get(co(self)), nil }, nil)
	}
	t.AddMethod("replace", codeReplace)
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		c := co(args[0])
		return Str(msgfmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, ObjectID(c), c.Filename, c.FirstLine)), nil
	})
}

func initCellType() {
	t := CellType
	t.AddGetSet("cell_contents", func(th *Thread, self Value) (Value, error) {
		if v := self.(*Cell).Value; v != nil {
			return v, nil
		}
		return nil, Errorf(ValueErrorType, "Cell is empty")
	}, func(th *Thread, self Value, v Value) error {
		self.(*Cell).Value = v
		return nil
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		c := args[0].(*Cell)
		if c.Value == nil {
			return Str(msgfmt.Sprintf("<cell at %#x: empty>", ObjectID(c))), nil
		}
		return Str(msgfmt.Sprintf("<cell at %#x: %s object at %#x>", ObjectID(c), typeName(c.Value), ObjectID(c.Value))), nil
	})
}

func initFrameType() {
	t := FrameType
	fr := func(v Value) *Frame { return v.(*Frame) }
	t.AddGetSet("f_code", func(th *Thread, self Value) (Value, error) { return fr(self).Code, nil }, nil)
	t.AddGetSet("f_globals", func(th *Thread, self Value) (Value, error) { return fr(self).Globals, nil }, nil)
	t.AddGetSet("f_builtins", func(th *Thread, self Value) (Value, error) { return fr(self).Builtins, nil }, nil)
	t.AddGetSet("f_locals", func(th *Thread, self Value) (Value, error) { return fr(self).LocalsDict(), nil }, nil)
	t.AddGetSet("f_lineno", func(th *Thread, self Value) (Value, error) { return Int(fr(self).Line()), nil }, nil)
	t.AddGetSet("f_lasti", func(th *Thread, self Value) (Value, error) { return Int(2 * fr(self).lasti), nil }, nil)
	t.AddGetSet("f_trace", func(th *Thread, self Value) (Value, error) { return None, nil },
		func(th *Thread, self Value, v Value) error { return nil })
	t.AddGetSet("f_back", func(th *Thread, self Value) (Value, error) {
		f := fr(self)
		// A suspended generator's frame has no caller (its Back is whoever resumed it
		// last, a frame that may since have been recycled).
		if f.state == frameDone || f.state == frameSuspended || f.Back == nil {
			return None, nil
		}
		return f.Back.Escape(), nil
	}, nil)
	t.AddMethod("clear", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		f := fr(args[0])
		if f.state == frameRunning {
			return nil, Errorf(RuntimeErrorType, "cannot clear an executing frame")
		}
		return None, nil
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		f := fr(args[0])
		return Str(msgfmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", ObjectID(f), f.Code.Filename, f.Line(), f.Code.Name)), nil
	})
}

func initTracebackType() {
	t := TracebackType
	tb := func(v Value) *Traceback { return v.(*Traceback) }
	t.AddGetSet("tb_next", func(th *Thread, self Value) (Value, error) {
		if n := tb(self).Next; n != nil {
			return n, nil
		}
		return None, nil
	}, func(th *Thread, self Value, v Value) error {
		switch n := v.(type) {
		case *NoneType:
			tb(self).Next = nil
		case *Traceback:
			for x := n; x != nil; x = x.Next {
				if x == tb(self) {
					return Errorf(ValueErrorType, "traceback loop detected")
				}
			}
			tb(self).Next = n
		default:
			return Errorf(TypeErrorType, "expected traceback object or None, got '%s'", typeName(v))
		}
		return nil
	})
	t.AddGetSet("tb_frame", func(th *Thread, self Value) (Value, error) {
		if f := tb(self).Frame; f != nil {
			return f, nil
		}
		return None, nil
	}, nil)
	t.AddGetSet("tb_lineno", func(th *Thread, self Value) (Value, error) { return Int(tb(self).Line), nil }, nil)
	t.AddGetSet("tb_lasti", func(th *Thread, self Value) (Value, error) {
		if _, ok := tb(self).Frame.(*Frame); ok {
			return Int(2 * tb(self).Lasti), nil
		}
		return Int(-1), nil
	}, nil)
}

// codeReplace is code.replace(**changes) for the fields programs change: co_flags (only
// CO_ITERABLE_COROUTINE, which types.coroutine sets), co_name, co_qualname, co_filename and
// co_firstlineno.
func codeReplace(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args)-len(kwnames) != 1 {
		return nil, Errorf(TypeErrorType, "replace() takes no positional arguments")
	}
	old := args[0].(*Code)
	cc := *old.Code
	for i, k := range kwnames {
		v := args[1+i]
		switch k {
		case "co_flags":
			n, ok := v.(Int)
			if !ok {
				return nil, Errorf(TypeErrorType, "replace() argument 'co_flags' must be int, not %s", typeName(v))
			}
			cc.Flags &^= flagIterableCoroutine
			if n&0x100 != 0 {
				cc.Flags |= flagIterableCoroutine
			}
		case "co_name", "co_qualname", "co_filename":
			s, ok := v.(Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "replace() argument '%s' must be str, not %s", k, typeName(v))
			}
			switch k {
			case "co_name":
				cc.Name = string(s)
			case "co_qualname":
				cc.QualName = string(s)
			default:
				cc.Filename = string(s)
			}
		case "co_firstlineno":
			n, ok := v.(Int)
			if !ok {
				return nil, Errorf(TypeErrorType, "replace() argument 'co_firstlineno' must be int, not %s", typeName(v))
			}
			cc.FirstLine = int(n)
		default:
			return nil, Errorf(TypeErrorType, "replace() got an unexpected keyword argument '%s'", k)
		}
	}
	c := NewCode(&cc)
	c.setSource(old.source)
	return c, nil
}
