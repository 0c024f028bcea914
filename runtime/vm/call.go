package vm

// BuiltinFunc is the shape of every function implemented in Go. Positional arguments come
// first in args, then one value per name in kwnames. For methods, args[0] is the receiver.
type BuiltinFunc func(th *Thread, args []Value, kwnames []string) (Value, error)

// BuiltinKind tells how a *Builtin binds when found on a class.
type BuiltinKind uint8

// The builtin kinds.
const (
	// BuiltinPlain is a module-level function (len, print): it never binds.
	BuiltinPlain BuiltinKind = iota
	// BuiltinMethod is a method of a builtin type (list.append): accessed on an instance it
	// binds the instance as args[0].
	BuiltinMethod
	// BuiltinClassMethod binds the class (dict.fromkeys, int.from_bytes).
	BuiltinClassMethod
	// BuiltinStaticMethod never binds (str.maketrans, __new__ of builtin types).
	BuiltinStaticMethod
)

// Builtin is a function implemented in Go: a builtin function, or a method of a builtin
// type, unbound (Self == nil) or bound to its receiver.
type Builtin struct {
	Name string
	Kind BuiltinKind
	// Slot is set for a method that fills one of CPython's type slots (__add__, __len__,
	// __init__, ...): CPython exposes those as slot wrappers, not method descriptors.
	Slot  bool
	Owner *Type // the class defining a method (nil for module functions)
	Fn    BuiltinFunc
	// Self is the bound receiver, or nil.
	Self Value
	// Module names the module of a module-level function ("builtins", "math", ...).
	Module string
	Doc    string
}

// Type returns the class CPython gives the same function: method_descriptor for an unbound
// method of a builtin type (list.append), wrapper_descriptor for an unbound slot method
// (int.__add__), method-wrapper for a bound one ((1).__add__), classmethod_descriptor for a
// class method as its type's dict holds it, and builtin_function_or_method for the rest.
func (b *Builtin) Type() *Type {
	switch {
	case b.Kind == BuiltinMethod && b.Self == nil:
		if b.Slot {
			return WrapperDescriptorType
		}
		return MethodDescriptorType
	case b.Kind == BuiltinMethod && b.Slot:
		return MethodWrapperType
	case b.Kind == BuiltinClassMethod && b.Self == nil:
		return ClassMethodDescriptorType
	}
	return BuiltinFunctionType
}

// NewBuiltin makes a module-level builtin function.
func NewBuiltin(module, name string, fn BuiltinFunc) *Builtin {
	return &Builtin{Name: name, Module: module, Fn: fn}
}

// AddMethod adds a Go method to a builtin class and returns it.
//
// Not inlined: init functions call it once per method (see NewBuiltinType).
//
//go:noinline
func (t *Type) AddMethod(name string, fn BuiltinFunc) *Builtin {
	b := &Builtin{Name: name, Kind: BuiltinMethod, Owner: t, Fn: fn, Slot: isSlotMethod(t, name)}
	t.Dict.SetStr(name, b)
	return b
}

// AddClassMethod adds a Go class method (receiving the class as args[0]).
//
// Not inlined: init functions call it once per method (see NewBuiltinType).
//
//go:noinline
func (t *Type) AddClassMethod(name string, fn BuiltinFunc) *Builtin {
	b := &Builtin{Name: name, Kind: BuiltinClassMethod, Owner: t, Fn: fn}
	t.Dict.SetStr(name, b)
	return b
}

// AddStaticMethod adds a Go static method.
//
// Not inlined: init functions call it once per method (see NewBuiltinType).
//
//go:noinline
func (t *Type) AddStaticMethod(name string, fn BuiltinFunc) *Builtin {
	b := &Builtin{Name: name, Kind: BuiltinStaticMethod, Owner: t, Fn: fn}
	t.Dict.SetStr(name, b)
	return b
}

// Bind returns the builtin bound to self (a new *Builtin).
func (b *Builtin) Bind(self Value) *Builtin {
	c := *b
	c.Self = self
	return &c
}

// CallBuiltin calls a Go function, prepending the bound receiver if any.
func (b *Builtin) CallBuiltin(th *Thread, args []Value, kwnames []string) (Value, error) {
	if b.Self == nil {
		return b.Fn(th, args, kwnames)
	}
	full := make([]Value, len(args)+1)
	full[0] = b.Self
	copy(full[1:], args)
	return b.Fn(th, full, kwnames)
}

// Call calls any callable: Call(th, fn, args, kwnames) is fn(*positional, **keywords) where
// the last len(kwnames) values of args are the keyword arguments.
func Call(th *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	switch f := fn.(type) {
	case *Builtin:
		return f.CallBuiltin(th, args, kwnames)
	}
	return callOther(th, fn, args, kwnames)
}
