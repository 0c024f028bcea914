package vm

// Builtins about attributes and namespaces: getattr, setattr, hasattr, delattr, dir, vars,
// globals and locals.

import "sort"

// attrName returns the name argument of getattr and friends.
func builtinAttrName(fname string, v Value) (string, error) {
	s, ok := strSelf(v)
	if !ok {
		if fname == "getattr" || fname == "hasattr" {
			return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeNameOf(v))
		}
		return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeNameOf(v))
	}
	return s, nil
}

func builtinGetattr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("getattr", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	name, err := builtinAttrName("getattr", args[1])
	if err != nil {
		return nil, err
	}
	if len(args) == 2 {
		return GetAttr(th, args[0], name)
	}
	v, ok, err := GetAttrOK(th, args[0], name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return args[2], nil
	}
	return v, nil
}

func builtinHasattr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("hasattr", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	name, err := builtinAttrName("hasattr", args[1])
	if err != nil {
		return nil, err
	}
	_, ok, err := GetAttrOK(th, args[0], name)
	if err != nil {
		return nil, err
	}
	return Bool(ok), nil
}

func builtinSetattr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("setattr", args, kwnames, 3, 3); err != nil {
		return nil, err
	}
	name, err := builtinAttrName("setattr", args[1])
	if err != nil {
		return nil, err
	}
	return None, SetAttr(th, args[0], name, args[2])
}

func builtinDelattr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("delattr", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	name, err := builtinAttrName("delattr", args[1])
	if err != nil {
		return nil, err
	}
	return None, DelAttr(th, args[0], name)
}

// builtinCallerFrame returns the Python frame that called the builtin, or nil at the top level of
// the host (no Python code running).
func builtinCallerFrame(th *Thread) *Frame { return th.CurrentFrame() }

func builtinGlobals(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinNoArgs("globals", args, kwnames); err != nil {
		return nil, err
	}
	f := builtinCallerFrame(th)
	if f == nil {
		return NewDict(), nil
	}
	return f.Globals, nil
}

func builtinLocals(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinNoArgs("locals", args, kwnames); err != nil {
		return nil, err
	}
	f := builtinCallerFrame(th)
	if f == nil {
		return NewDict(), nil
	}
	return f.LocalsDict(), nil
}

// builtinNoArgs is the check of a METH_NOARGS module function.
func builtinNoArgs(name string, args []Value, kwnames []string) error {
	if err := noKw(name, kwnames); err != nil {
		return err
	}
	if len(args) != 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

func builtinVars(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("vars", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return builtinLocals(th, nil, nil)
	}
	d, ok, err := GetAttrOK(th, args[0], "__dict__")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
	}
	return d, nil
}

// builtinDir is dir([object]): the sorted names of the caller's scope, or the sorted result
// of object.__dir__().
func builtinDir(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("dir", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	var names []Value
	if len(args) == 0 {
		locals, err := builtinLocals(th, nil, nil)
		if err != nil {
			return nil, err
		}
		keys, err := Collect(th, locals)
		if err != nil {
			return nil, err
		}
		names = keys
	} else {
		obj := args[0]
		var r Value
		if m := LookupSpecial(obj, "__dir__"); m != nil {
			res, _, err := CallSpecial(th, obj, "__dir__")
			if err != nil {
				return nil, err
			}
			r = res
		} else {
			r = NewList(DefaultDir(th, obj))
		}
		items, err := Collect(th, r)
		if err != nil {
			return nil, err
		}
		names = items
	}
	l := NewList(names)
	if err := listSort(th, l, nil, false); err != nil {
		return nil, err
	}
	return l, nil
}

// DefaultDir computes dir(obj) for objects whose class defines no __dir__: the attributes of
// a module; of a class and its bases; of an instance's __dict__ and its class.
func DefaultDir(th *Thread, obj Value) []Value {
	seen := map[string]bool{}
	var out []Value
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := strSelf(k); ok && !seen[s] {
				seen[s] = true
				out = append(out, Str(s))
			}
		}
	}
	classAttrs := func(t *Type) {
		for _, c := range t.MRO {
			add(c.Dict)
		}
	}
	switch o := obj.(type) {
	case *Module:
		add(o.Dict)
	case *Type:
		classAttrs(o)
	default:
		add(instanceDict(obj, false))
		classAttrs(obj.Type())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].(Str) < out[j].(Str) })
	return out
}
