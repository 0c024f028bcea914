package contextvars

import (
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

func init() {
	v := ContextVarType
	v.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if n := len(args) - 1 - len(kwnames); n != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "ContextVar() takes exactly 1 positional argument (%d given)", n)
		}
		a, err := modkit.NewSig("ContextVar", "name, *, default=").Bind(args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		name, ok := a[0].(vm.Str)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "context variable name must be a str")
		}
		return &ContextVar{name: string(name), def: a[1]}, nil
	})
	v.AddGetSet("name", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		return vm.Str(self.(*ContextVar).name), nil
	}, nil)
	modkit.Method(v, "get", "default=, /", func(th *vm.Thread, cv *ContextVar, a []vm.Value) (vm.Value, error) {
		return cv.get(th, a[0])
	})
	setSig := modkit.NewSig("ContextVar.set", "value, /")
	v.AddMethod("set", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cv, err := modkit.Self[*ContextVar](v, "set", args)
		if err != nil {
			return nil, err
		}
		a, err := setSig.Bind(args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		return cv.set(th, a[0]), nil
	})
	modkit.Method(v, "reset", "token, /", func(th *vm.Thread, cv *ContextVar, a []vm.Value) (vm.Value, error) {
		t, ok := a[0].(*Token)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "expected an instance of Token, got '%s'", a[0].Type().Name)
		}
		return vm.None, cv.reset(th, t)
	})
	modkit.Method(v, "__repr__", "", func(th *vm.Thread, cv *ContextVar, a []vm.Value) (vm.Value, error) {
		s, err := cv.repr(th)
		return vm.Str(s), err
	})
	v.AddClassMethod("__class_getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "__class_getitem__ expected 1 argument, got %d", len(args)-1)
		}
		return vm.MakeGenericAlias(args[0], args[1]), nil
	})

	t := TokenType
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return nil, vm.Errorf(vm.RuntimeErrorType, "Tokens can only be created by ContextVars")
	})
	t.Dict.SetStr("MISSING", missing)
	t.AddGetSet("var", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		return self.(*Token).v, nil
	}, nil)
	t.AddGetSet("old_value", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		return self.(*Token).old, nil
	}, nil)
	modkit.Method(t, "__repr__", "", func(th *vm.Thread, tok *Token, a []vm.Value) (vm.Value, error) {
		s, err := tok.repr(th)
		return vm.Str(s), err
	})
	t.AddClassMethod("__class_getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "__class_getitem__ expected 1 argument, got %d", len(args)-1)
		}
		return vm.MakeGenericAlias(args[0], args[1]), nil
	})
	missingType.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.Str("<Token.MISSING>"), nil
	})

	addContextMethods(ContextType)
}

func addContextMethods(c *vm.Type) {
	c.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "Context() does not accept any arguments")
		}
		return newContext(nil), nil
	})
	c.Dict.SetStr("__hash__", vm.None)
	method := func(name, params string, fn func(th *vm.Thread, ctx *Context, a []vm.Value) (vm.Value, error)) {
		modkit.Method(c, name, params, fn)
	}
	c.AddMethod("run", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		ctx, err := modkit.Self[*Context](c, "run", args)
		if err != nil {
			return nil, err
		}
		if len(args)-len(kwnames) < 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "run() missing 1 required positional argument")
		}
		return ctx.run(th, args[1], args[2:], kwnames)
	})
	method("copy", "", func(th *vm.Thread, ctx *Context, a []vm.Value) (vm.Value, error) {
		return newContext(ctx.vars), nil
	})
	method("__getitem__", "key, /", func(th *vm.Thread, ctx *Context, a []vm.Value) (vm.Value, error) {
		v, err := varKey(th, a[0])
		if err != nil {
			return nil, err
		}
		val, ok := ctx.vars.m[v]
		if !ok {
			return nil, vm.NewException(vm.KeyErrorType, v)
		}
		return val, nil
	})
	method("__contains__", "key, /", func(th *vm.Thread, ctx *Context, a []vm.Value) (vm.Value, error) {
		v, err := varKey(th, a[0])
		if err != nil {
			return nil, err
		}
		_, ok := ctx.vars.m[v]
		return vm.Bool(ok), nil
	})
	method("get", "key, default=, /", func(th *vm.Thread, ctx *Context, a []vm.Value) (vm.Value, error) {
		v, err := varKey(th, a[0])
		if err != nil {
			return nil, err
		}
		if val, ok := ctx.vars.m[v]; ok {
			return val, nil
		}
		return modkit.Or(a[1], vm.None), nil
	})
	method("__len__", "", func(th *vm.Thread, ctx *Context, a []vm.Value) (vm.Value, error) {
		return vm.Int(len(ctx.vars.keys)), nil
	})
	entries := func(ctx *Context, pick func(k *ContextVar, v vm.Value) vm.Value) []vm.Value {
		out := make([]vm.Value, len(ctx.vars.keys))
		for i, k := range ctx.vars.keys {
			out[i] = pick(k, ctx.vars.m[k])
		}
		return out
	}
	iter := func(name string, pick func(k *ContextVar, v vm.Value) vm.Value) {
		method(name, "", func(th *vm.Thread, ctx *Context, a []vm.Value) (vm.Value, error) {
			return vm.Iter(th, vm.NewList(entries(ctx, pick)))
		})
	}
	iter("__iter__", func(k *ContextVar, v vm.Value) vm.Value { return k })
	iter("keys", func(k *ContextVar, v vm.Value) vm.Value { return k })
	iter("values", func(k *ContextVar, v vm.Value) vm.Value { return v })
	iter("items", func(k *ContextVar, v vm.Value) vm.Value { return vm.Tuple{k, v} })
	for name, eq := range map[string]bool{"__eq__": true, "__ne__": false} {
		method(name, "other, /", func(th *vm.Thread, ctx *Context, a []vm.Value) (vm.Value, error) {
			o, ok := a[0].(*Context)
			if !ok {
				return vm.NotImplemented, nil
			}
			same, err := ctx.equal(th, o)
			return vm.Bool(same == eq), err
		})
	}
}

// equal reports whether two contexts hold the same variables with equal values.
func (c *Context) equal(th *vm.Thread, o *Context) (bool, error) {
	if len(c.vars.m) != len(o.vars.m) {
		return false, nil
	}
	for k, v := range c.vars.m {
		w, ok := o.vars.m[k]
		if !ok {
			return false, nil
		}
		r, err := vm.RichCompare(th, v, w, compile.CmpEQ)
		if err != nil {
			return false, err
		}
		if t, err := vm.Truth(th, r); err != nil || !t {
			return false, err
		}
	}
	return true, nil
}

// Load builds the contextvars module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("contextvars", "Context variables.")
	modkit.Set(m, "ContextVar", ContextVarType)
	modkit.Set(m, "Token", TokenType)
	modkit.Set(m, "Context", ContextType)
	modkit.Set(m, "__all__", vm.NewList([]vm.Value{vm.Str("Context"), vm.Str("ContextVar"), vm.Str("Token"), vm.Str("copy_context")}))
	modkit.Function(m, "copy_context", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return stateOf(th).Copy(th), nil
	})
	return m, nil
}
