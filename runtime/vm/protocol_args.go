package vm

// Argument checking for the Go methods of the builtin types. The messages follow CPython's,
// which differ with the way each C method was declared: METH_O and METH_NOARGS methods say
// "list.append() takes exactly one argument (0 given)", Argument Clinic ones "pop expected at
// most 1 argument, got 2", and slot wrappers (dunders) "expected 1 argument, got 0".

import "strings"

// descrError is the TypeError for a method of type t called on an object of another type.
func descrError(name string, t *Type, got Value) error {
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, got.Type().Name)
	}
	return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.Name, got.Type().Name)
}

// noKw fails when keyword arguments were passed to a method that takes none.
func noKw(qual string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	return nil
}

// checkNoArgs is the check of a METH_NOARGS method: args holds the receiver only.
func checkNoArgs(qual string, args []Value, kwnames []string) error {
	if err := noKw(qual, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args)-1)
	}
	return nil
}

// checkOneArg is the check of a METH_O method: the receiver and exactly one argument.
func checkOneArg(qual string, args []Value, kwnames []string) error {
	if err := noKw(qual, kwnames); err != nil {
		return err
	}
	if len(args) != 2 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, len(args)-1)
	}
	return nil
}

// checkArgRange is Argument Clinic's positional-count check (the receiver excluded from the
// counts): "pop expected at most 1 argument, got 2", "insert expected 2 arguments, got 1".
func checkArgRange(name string, args []Value, kwnames []string, min, max int) error {
	if err := noKw(name, kwnames); err != nil {
		return err
	}
	n := len(args) - 1
	if n >= min && n <= max {
		return nil
	}
	plural := func(k int) string {
		if k == 1 {
			return "argument"
		}
		return "arguments"
	}
	switch {
	case min == max:
		return Errorf(TypeErrorType, "%s expected %d %s, got %d", name, min, plural(min), n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d %s, got %d", name, min, plural(min), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d %s, got %d", name, max, plural(max), n)
}

// checkSlotArgs is the check of a slot wrapper (a dunder of a builtin type called directly):
// the receiver plus n arguments.
func checkSlotArgs(name string, args []Value, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args)-1 != n {
		s := "s"
		if n == 1 {
			s = ""
		}
		return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, s, len(args)-1)
	}
	return nil
}

// argSpec describes the parameters of a Go function taking keywords, for parseArgs.
type argSpec struct {
	// fname names the function in messages ("sort", "int", "str.split").
	fname string
	// names lists the parameters after the receiver; the first posOnly are positional-only
	// and those from kwOnly on are keyword-only (kwOnly = len(names) when none are).
	names   []string
	posOnly int
	kwOnly  int
	// required is how many leading parameters must be given.
	required int
}

// parse matches args (after skip leading values, e.g. the receiver) and kwnames against the
// spec. Missing optional parameters are nil in the result.
func (s *argSpec) parse(args []Value, kwnames []string, skip int) ([]Value, error) {
	out := make([]Value, len(s.names))
	npos := len(args) - len(kwnames) - skip
	pos := args[skip : skip+npos]
	if npos > s.kwOnly {
		if s.kwOnly == len(s.names) {
			if s.required == s.kwOnly && s.kwOnly != 0 && s.posOnly == len(s.names) {
				return nil, Errorf(TypeErrorType, "%s expected %d argument%s, got %d", s.fname, s.kwOnly, pluralS(s.kwOnly), npos)
			}
			return nil, Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", s.fname, s.kwOnly, pluralS(s.kwOnly), npos)
		}
		return nil, Errorf(TypeErrorType, "%s() takes at most %d positional argument%s (%d given)", s.fname, s.kwOnly, pluralS(s.kwOnly), npos)
	}
	copy(out, pos)
	for i, k := range kwnames {
		v := args[skip+npos+i]
		idx := -1
		for j, n := range s.names {
			if n == k {
				idx = j
				break
			}
		}
		if idx < 0 || idx < s.posOnly {
			if idx >= 0 || s.posOnly == len(s.names) && len(s.names) > 0 {
				if s.posOnly == len(s.names) {
					return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", s.fname)
				}
			}
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, s.fname)
		}
		if out[idx] != nil {
			return nil, Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", s.fname, k, idx+1)
		}
		out[idx] = v
	}
	for i := 0; i < s.required; i++ {
		if out[i] == nil {
			if i < s.posOnly || npos < i {
				return nil, Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", s.fname, s.names[i], i+1)
			}
			return nil, Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", s.fname, s.names[i], i+1)
		}
	}
	return out, nil
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// typeNameOf returns the class name of v, for messages.
func typeNameOf(v Value) string { return v.Type().Name }

// guardReceivers wraps the Go methods of t (and their static and class siblings untouched)
// so that calling one through the class with a receiver of the wrong type raises CPython's
// TypeError instead of reaching Go code that assumes the receiver's representation.
func guardReceivers(t *Type) {
	t.Dict.Items(func(k, v Value) bool {
		b, ok := v.(*Builtin)
		if !ok || b.Kind != BuiltinMethod || b.Owner != t {
			return true
		}
		fn, name := b.Fn, b.Name
		b.Fn = func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) == 0 {
				return nil, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", t.Name, name)
			}
			if !args[0].Type().IsSubtype(t) {
				return nil, descrError(name, t, args[0])
			}
			return fn(th, args, kwnames)
		}
		return true
	})
}
