package vm

import "strconv"

// The Python-visible face of Go functions (builtin_function_or_method, method_descriptor,
// wrapper_descriptor, method-wrapper and classmethod_descriptor) and of modules: their
// reprs, names, __call__ and constructors.

func init() {
	descriptors := []*Type{MethodDescriptorType, WrapperDescriptorType, ClassMethodDescriptorType}
	for _, t := range append([]*Type{BuiltinFunctionType, MethodWrapperType}, descriptors...) {
		t.AddMethod("__call__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			b, ok := args[0].(*Builtin)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '__call__' requires a builtin function")
			}
			return b.CallBuiltin(th, args[1:], kwnames)
		})
		t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			b, ok := args[0].(*Builtin)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '__repr__' requires a builtin function")
			}
			return Str(goFuncRepr(b)), nil
		})
		t.AddGetSet("__name__", func(th *Thread, v Value) (Value, error) {
			return Str(v.(*Builtin).Name), nil
		}, nil)
		t.AddGetSet("__qualname__", func(th *Thread, v Value) (Value, error) {
			b := v.(*Builtin)
			if b.Owner != nil {
				return Str(b.Owner.Name + "." + b.Name), nil
			}
			return Str(b.Name), nil
		}, nil)
		t.AddGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
			if d := v.(*Builtin).Doc; d != "" {
				return Str(d), nil
			}
			return None, nil
		}, nil)
		t.AddGetSet("__text_signature__", func(th *Thread, v Value) (Value, error) { return None, nil }, nil)
	}
	// A bound function or slot method knows its receiver; functions and methods bound to
	// the same object are equal, as in CPython.
	for _, t := range []*Type{BuiltinFunctionType, MethodWrapperType} {
		t.AddGetSet("__self__", func(th *Thread, v Value) (Value, error) {
			b := v.(*Builtin)
			switch {
			case b.Self != nil:
				return b.Self, nil
			case b.Kind == BuiltinStaticMethod && b.Owner != nil:
				return b.Owner, nil
			case b.Module != "":
				if m, ok := th.Interp.Modules.GetStr(b.Module); ok {
					return m, nil
				}
			}
			return None, nil
		}, nil)
		t.AddMethod("__eq__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return boundBuiltinsEqual(args, kwnames, true)
		})
		t.AddMethod("__ne__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return boundBuiltinsEqual(args, kwnames, false)
		})
		t.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs("__hash__", args, kwnames, 0); err != nil {
				return nil, err
			}
			b, ok := args[0].(*Builtin)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '__hash__' requires a builtin function")
			}
			h := hashStr(b.Name)
			if b.Self != nil {
				h ^= hashPointer(ObjectID(b.Self))
			}
			if h == -1 {
				h = -2
			}
			return Int(h), nil
		})
	}
	BuiltinFunctionType.AddGetSet("__module__", func(th *Thread, v Value) (Value, error) {
		if m := v.(*Builtin).Module; m != "" {
			return Str(m), nil
		}
		return None, nil
	}, nil)
	MethodWrapperType.AddGetSet("__objclass__", func(th *Thread, v Value) (Value, error) {
		return v.(*Builtin).Owner, nil
	}, nil)
	for _, t := range descriptors {
		t.AddGetSet("__objclass__", func(th *Thread, v Value) (Value, error) {
			return v.(*Builtin).Owner, nil
		}, nil)
		t.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			b, ok := args[0].(*Builtin)
			if !ok || len(args) < 2 {
				return nil, Errorf(TypeErrorType, "descriptor '__get__' needs an object")
			}
			if b.Kind == BuiltinClassMethod {
				owner := b.Owner
				if len(args) > 2 && args[2] != None {
					if t, ok := args[2].(*Type); ok {
						owner = t
					}
				} else if args[1] != None {
					owner = args[1].Type()
				}
				return b.Bind(owner), nil
			}
			if args[1] == None {
				return b, nil
			}
			return b.Bind(args[1]), nil
		})
	}

	ModuleType.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "module.__new__(): not enough arguments")
		}
		m := &Module{Dict: NewDict()}
		m.Dict.SetStr("__name__", None)
		m.Dict.SetStr("__doc__", None)
		return m, nil
	})
	ModuleType.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		m, ok := args[0].(*Module)
		n := len(args) - len(kwnames)
		if !ok || n < 2 || n > 3 || len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "module.__init__() takes at least 1 positional argument (%d given)", max(0, n-1))
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "module.__init__() argument 'name' must be str, not %s", typeNameOf(args[1]))
		}
		m.Name = string(name)
		m.Dict.SetStr("__name__", name)
		var doc Value = None
		if n == 3 {
			doc = args[2]
		}
		m.Dict.SetStr("__doc__", doc)
		m.Dict.SetStr("__package__", None)
		m.Dict.SetStr("__loader__", None)
		m.Dict.SetStr("__spec__", None)
		return None, nil
	})
	ModuleType.AddGetSet("__dict__", func(th *Thread, self Value) (Value, error) {
		m, ok := self.(*Module)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '__dict__' for 'module' objects doesn't apply to a '%s' object", typeNameOf(self))
		}
		return m.Dict, nil
	}, nil)
	ModuleType.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		m, ok := args[0].(*Module)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '__repr__' requires a 'module' object")
		}
		return Str(moduleRepr(m)), nil
	})
	// module.__dir__ calls the module's own __dir__ function when it has one (PEP 562), as
	// a package that imports its parts lazily defines; otherwise it lists the module's dict.
	// dir(module) sorts what it returns.
	ModuleType.AddMethod("__dir__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__dir__", args, kwnames, 0); err != nil {
			return nil, err
		}
		m, ok := args[0].(*Module)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '__dir__' requires a 'module' object")
		}
		if f, ok := m.Dict.GetStr("__dir__"); ok {
			return Call(th, f, nil, nil)
		}
		return NewList(m.Dict.Keys()), nil // unsorted: dir() sorts
	})
}

// goFuncRepr is repr() of a Go function, as CPython shows the same one:
// "<built-in function len>", "<built-in method append of list object at 0x...>",
// "<method 'append' of 'list' objects>", "<slot wrapper '__add__' of 'int' objects>",
// "<method-wrapper '__add__' of int object at 0x...>", or, for a builtin type's __new__ and
// other static methods, "<built-in method __new__ of type object at 0x...>".
func goFuncRepr(b *Builtin) string {
	switch {
	case b.Self == nil && b.Owner != nil && (b.Kind == BuiltinMethod || b.Kind == BuiltinClassMethod):
		kind := "method"
		if b.Type() == WrapperDescriptorType {
			kind = "slot wrapper"
		}
		return "<" + kind + " '" + b.Name + "' of '" + b.Owner.Name + "' objects>"
	case b.Self == nil && b.Owner != nil && b.Kind == BuiltinStaticMethod:
		return "<built-in method " + b.Name + " of type object at " + hexID(b.Owner) + ">"
	case b.Self != nil:
		if _, isModule := b.Self.(*Module); !isModule {
			if b.Type() == MethodWrapperType {
				return "<method-wrapper '" + b.Name + "' of " + b.Self.Type().Name + " object at " + hexID(b.Self) + ">"
			}
			return "<built-in method " + b.Name + " of " + b.Self.Type().Name + " object at " + hexID(b.Self) + ">"
		}
	}
	return "<built-in function " + b.Name + ">"
}

// hexID is id(v) as reprs write it ("0x7f0000000040").
func hexID(v Value) string { return "0x" + strconv.FormatInt(ObjectID(v), 16) }

// boundBuiltinsEqual is __eq__ (or, with eq false, __ne__) of builtin functions and
// method-wrappers: the same function bound to the same object.
func boundBuiltinsEqual(args []Value, kwnames []string, eq bool) (Value, error) {
	if err := checkSlotArgs("__eq__", args, kwnames, 1); err != nil {
		return nil, err
	}
	a, ok := args[0].(*Builtin)
	b, okB := args[1].(*Builtin)
	if !ok || !okB || a.Type() != b.Type() {
		return NotImplemented, nil
	}
	same := a.Name == b.Name && a.Owner == b.Owner && a.Module == b.Module && a.Kind == b.Kind && Is(a.Self, b.Self)
	return Bool(same == eq), nil
}

// moduleRepr is repr() of a module: "<module 'm'>", "<module 'm' from 'file'>" or
// "<module 'sys' (built-in)>".
func moduleRepr(m *Module) string {
	name := m.Name
	if n, ok := m.Dict.GetStr("__name__"); ok {
		if s, ok := n.(Str); ok {
			name = string(s)
		}
	}
	if f, ok := m.Dict.GetStr("__file__"); ok {
		if s, ok := f.(Str); ok {
			return "<module '" + name + "' from '" + string(s) + "'>"
		}
	}
	if name == "sys" || name == "builtins" {
		return "<module '" + name + "' (built-in)>"
	}
	return "<module '" + name + "'>"
}
