package vm

import "github.com/asobiba/asobiba/runtime/internal/msgfmt"

// The Python-visible face of Go functions (builtin_function_or_method and
// method_descriptor) and of modules: their reprs, names, __call__ and constructors.

func init() {
	for _, t := range []*Type{BuiltinFunctionType, MethodDescriptorType} {
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
		t.AddGetSet("__self__", func(th *Thread, v Value) (Value, error) {
			b := v.(*Builtin)
			switch {
			case b.Self != nil:
				return b.Self, nil
			case b.Module != "":
				if m, ok := th.Interp.Modules.GetStr(b.Module); ok {
					return m, nil
				}
			}
			return None, nil
		}, nil)
		t.AddGetSet("__module__", func(th *Thread, v Value) (Value, error) {
			if m := v.(*Builtin).Module; m != "" {
				return Str(m), nil
			}
			return None, nil
		}, nil)
		t.AddGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
			if d := v.(*Builtin).Doc; d != "" {
				return Str(d), nil
			}
			return None, nil
		}, nil)
		t.AddGetSet("__text_signature__", func(th *Thread, v Value) (Value, error) { return None, nil }, nil)
	}
	MethodDescriptorType.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		b, ok := args[0].(*Builtin)
		if !ok || len(args) < 2 {
			return nil, Errorf(TypeErrorType, "descriptor '__get__' needs an object")
		}
		if args[1] == None {
			return b, nil
		}
		return b.Bind(args[1]), nil
	})

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

// goFuncRepr is repr() of a Go function: "<built-in function len>", "<built-in method
// append of list object at 0x...>" or "<method 'append' of 'list' objects>".
func goFuncRepr(b *Builtin) string {
	switch {
	case b.Self == nil && b.Kind == BuiltinMethod && b.Owner != nil:
		return msgfmt.Sprintf("<method '%s' of '%s' objects>", b.Name, b.Owner.Name)
	case b.Self != nil:
		if _, isModule := b.Self.(*Module); !isModule {
			return msgfmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, b.Self.Type().Name, ObjectID(b.Self))
		}
	}
	return "<built-in function " + b.Name + ">"
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
			return msgfmt.Sprintf("<module '%s' from '%s'>", name, string(s))
		}
	}
	if name == "sys" || name == "builtins" {
		return msgfmt.Sprintf("<module '%s' (built-in)>", name)
	}
	return msgfmt.Sprintf("<module '%s'>", name)
}
