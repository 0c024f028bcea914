package asyncio

import (
	"slices"

	"github.com/asobiba/asobiba/runtime/vm"
)

// This file holds the small binding helpers the Python-facing methods share: argument
// access and Go-implemented attributes (getset descriptors).

// callArgs splits a BuiltinFunc's arguments into positional values and keywords.
type callArgs struct {
	pos []vm.Value
	kw  map[string]vm.Value
}

func splitArgs(fname string, args []vm.Value, kwnames []string, allowed ...string) (callArgs, error) {
	n := len(args) - len(kwnames)
	ca := callArgs{pos: args[:n]}
	for i, k := range kwnames {
		ok := false
		for _, a := range allowed {
			if a == k {
				ok = true
			}
		}
		if !ok {
			return ca, vm.Errorf(vm.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if ca.kw == nil {
			ca.kw = map[string]vm.Value{}
		}
		ca.kw[k] = args[n+i]
	}
	return ca, nil
}

// arg returns positional argument i, else keyword name, else def.
func (a callArgs) arg(i int, name string, def vm.Value) vm.Value {
	if i >= 0 && i < len(a.pos) {
		return a.pos[i]
	}
	if v, ok := a.kw[name]; ok {
		return v
	}
	return def
}

func wantArgs(fname string, a callArgs, min, max int) error {
	if len(a.pos) < min {
		return vm.Errorf(vm.TypeErrorType, "%s() missing required argument (pos %d)", fname, len(a.pos)+1)
	}
	if max >= 0 && len(a.pos) > max {
		return vm.Errorf(vm.TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, max, len(a.pos))
	}
	return nil
}

// getset is a Go-implemented attribute of a Go class (CPython's getset_descriptor).
type getset struct {
	name  string
	owner *vm.Type
	get   func(th *vm.Thread, self vm.Value) (vm.Value, error)
	set   func(th *vm.Thread, self, v vm.Value) error
}

var getsetType = newClass("getset_descriptor", "builtins", vm.ObjectType)

func (g *getset) Type() *vm.Type { return getsetType }

func addGetSet(t *vm.Type, name string, get func(th *vm.Thread, self vm.Value) (vm.Value, error),
	set func(th *vm.Thread, self, v vm.Value) error) {
	t.Dict.SetStr(name, &getset{name: name, owner: t, get: get, set: set})
}

func init() {
	getsetType.AddMethod("__get__", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		g := args[0].(*getset)
		if len(args) < 2 || args[1] == vm.None {
			return g, nil
		}
		return g.get(th, args[1])
	})
	getsetType.AddMethod("__set__", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		g := args[0].(*getset)
		if len(args) != 3 {
			return nil, vm.Errorf(vm.TypeErrorType, "__set__ expected 2 arguments")
		}
		if g.set == nil {
			return nil, vm.Errorf(vm.AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g.name, g.owner.Name)
		}
		return vm.None, g.set(th, args[1], args[2])
	})
	getsetType.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kw []string) (vm.Value, error) {
		g := args[0].(*getset)
		return vm.Str("<attribute '" + g.name + "' of '" + g.owner.Name + "' objects>"), nil
	})
}

// method adds a Go method whose receiver must be (or wrap) the Go object that conv finds.
func method[T any](t *vm.Type, name string, conv func(vm.Value) (T, bool),
	fn func(th *vm.Thread, self T, a callArgs) (vm.Value, error), kwAllowed ...string) {
	// CPython's loop methods are Python functions of BaseEventLoop: their argument errors
	// name them by qualified name ("BaseEventLoop.call_soon() got an unexpected keyword ...").
	qualname := name
	if t == LoopType {
		qualname = "BaseEventLoop." + name
	}
	t.AddMethod(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) == len(kwnames) {
			return nil, vm.Errorf(vm.TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, t.Name)
		}
		self, ok := conv(args[0])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, args[0].Type().Name)
		}
		if name == "__init__" && t != LoopType {
			// Future and Task are C types in CPython, whose argument parser words it so.
			if k := unknownKeyword(kwnames, kwAllowed); k != "" {
				return nil, vm.Errorf(vm.TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, t.Name)
			}
		}
		a, err := splitArgs(qualname, args[1:], kwnames, kwAllowed...)
		if err != nil {
			return nil, err
		}
		return fn(th, self, a)
	})
}

// unknownKeyword returns the first of kwnames that allowed does not list, or "".
func unknownKeyword(kwnames, allowed []string) string {
	for _, k := range kwnames {
		if !slices.Contains(allowed, k) {
			return k
		}
	}
	return ""
}

func asFutureBase(v vm.Value) (*Future, bool) {
	f, ok := asFuture(v)
	if !ok {
		return nil, false
	}
	return f.base(), true
}

func asTask(v vm.Value) (*Task, bool) {
	f, ok := asFuture(v)
	if !ok {
		return nil, false
	}
	t, ok := f.(*Task)
	return t, ok
}
