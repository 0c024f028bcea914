package modkit

import "github.com/asobiba/asobiba/runtime/vm"

// NewModule makes a module object with __name__ and __doc__ set.
func NewModule(name, doc string) *vm.Module {
	m := vm.NewModule(name)
	if doc != "" {
		m.Dict.SetStr("__doc__", vm.Str(doc))
	}
	return m
}

// Func adds a Go function to module m under name and returns it.
func Func(m *vm.Module, name string, fn vm.BuiltinFunc) *vm.Builtin {
	b := vm.NewBuiltin(m.Name, name, fn)
	m.Dict.SetStr(name, b)
	return b
}

// Set binds name to v in module m.
func Set(m *vm.Module, name string, v vm.Value) { m.Dict.SetStr(name, v) }

// NewClass makes a class implemented in Go, defined in module and deriving from base
// (vm.ObjectType when nil). The class may be subclassed from Python; its instance layout is
// its own (a Go type, or a *vm.Instance whose Base holds the Go payload).
func NewClass(module, name string, base *vm.Type) *vm.Type {
	if base == nil {
		base = vm.ObjectType
	}
	t := vm.NewBuiltinType(name, base, vm.FlagBaseType)
	t.Module = module
	if base == vm.ObjectType {
		t.SetSolid()
	}
	return t
}

// NewFinalClass is NewClass for classes that Python code may not subclass.
func NewFinalClass(module, name string, base *vm.Type) *vm.Type {
	t := NewClass(module, name, base)
	t.Flags &^= vm.FlagBaseType
	return t
}

// NewInstance returns an object of class cls carrying the Go payload: the payload itself
// when it already reports cls as its type, otherwise a *vm.Instance with a __dict__ whose
// Base is the payload (an instance of a Python subclass, or of a class whose instances have
// attributes).
func NewInstance(cls *vm.Type, payload vm.Value) vm.Value {
	if payload.Type() == cls {
		return payload
	}
	return &vm.Instance{Class: cls, Dict: vm.NewDict(), Base: payload}
}

// Payload returns the Go payload of type T carried by v: v itself, or the Base of an
// instance of a subclass.
func Payload[T vm.Value](v vm.Value) (T, bool) {
	if p, ok := v.(T); ok {
		return p, true
	}
	if inst, ok := v.(*vm.Instance); ok && inst.Base != nil {
		p, ok := inst.Base.(T)
		return p, ok
	}
	var zero T
	return zero, false
}

// Self returns the receiver of a method of class t as its Go payload, or the TypeError
// CPython raises when a method descriptor is applied to an object of another class.
func Self[T vm.Value](t *vm.Type, name string, args []vm.Value) (T, error) {
	var zero T
	if len(args) == 0 {
		return zero, vm.Errorf(vm.TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, t.Name)
	}
	p, ok := Payload[T](args[0])
	if !ok {
		return zero, vm.Errorf(vm.TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.Name, args[0].Type().Name)
	}
	return p, nil
}

// Method adds a Go method to class t whose receiver is unwrapped to the payload type T and
// whose other arguments are bound against the signature params (see NewSig). The signature
// is parsed once, here.
func Method[T vm.Value](t *vm.Type, name, params string, fn func(th *vm.Thread, self T, a []vm.Value) (vm.Value, error)) *vm.Builtin {
	sig := NewSig(name, params)
	return t.AddMethod(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		self, err := Self[T](t, name, args)
		if err != nil {
			return nil, err
		}
		a, err := sig.Bind(args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		return fn(th, self, a)
	})
}

// Function adds a Go function to module m whose arguments are bound against the signature
// params (see NewSig), parsed once here.
func Function(m *vm.Module, name, params string, fn func(th *vm.Thread, a []vm.Value) (vm.Value, error), style ...Style) *vm.Builtin {
	sig := NewSig(name, params, style...)
	return Func(m, name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := sig.Bind(args, kwnames)
		if err != nil {
			return nil, err
		}
		return fn(th, a)
	})
}
