package vm

// BaseExceptionGroup and ExceptionGroup: construction with CPython's validation, the
// message and exceptions attributes, derive, split and subgroup.

// egPayload is kept in Exception.Base for exception groups.
type egPayload struct {
	msg  Value
	excs Tuple
}

// Type is never observed: the payload only travels inside an *Exception.
func (*egPayload) Type() *Type { return ObjectType }

// egParts returns the message and exceptions of a group.
func egParts(e *Exception) (Value, Tuple) {
	if p, ok := e.Base.(*egPayload); ok {
		return p.msg, p.excs
	}
	var msg Value = Str("")
	if len(e.Args) > 0 {
		msg = e.Args[0]
	}
	return msg, nil
}

// NewExceptionGroup builds BaseExceptionGroup(msg, excs) (an ExceptionGroup when every
// member is an Exception), as Python code calling the class would.
func NewExceptionGroup(th *Thread, msg string, excs []*Exception) (*Exception, error) {
	items := make([]Value, len(excs))
	for i, e := range excs {
		items[i] = e
	}
	r, err := Call(th, BaseExceptionGroupType, []Value{Str(msg), NewList(items)}, nil)
	if err != nil {
		return nil, err
	}
	return r.(*Exception), nil
}

func egNew(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Type)
	if !ok || !cls.IsSubtype(BaseExceptionGroupType) {
		return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup")
	}
	npos := len(args) - len(kwnames)
	if len(kwnames) > 0 && cls.Lookup("__init__") == BaseExceptionType.Dict.mustStr("__init__") {
		return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	if npos != 3 {
		return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", npos-1)
	}
	msg := args[1]
	if _, ok := strSelf(msg); !ok {
		return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeNameOf(msg))
	}
	seq := args[2]
	switch seq.(type) {
	case *Set, *Dict:
		return nil, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	if LookupSpecial(seq, "__getitem__") == nil || LookupSpecial(seq, "__len__") == nil {
		return nil, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := Collect(th, seq)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	allExc := true
	for i, it := range items {
		e, ok := it.(*Exception)
		if !ok {
			return nil, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.Class.IsSubtype(ExceptionType) {
			allExc = false
		}
	}
	if cls == BaseExceptionGroupType {
		if allExc {
			cls = ExceptionGroupType
		}
	} else if cls == ExceptionGroupType {
		if !allExc {
			return nil, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	} else if !allExc && cls.IsSubtype(ExceptionType) {
		return nil, Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", cls.Name)
	}
	return &Exception{Class: cls, Args: Tuple{msg, seq}, Base: &egPayload{msg: msg, excs: Tuple(items)}}, nil
}

// egMatcher is the condition of split/subgroup.
type egMatcher func(e *Exception) (bool, error)

func egCondition(th *Thread, cond Value) (egMatcher, error) {
	isExcType := func(v Value) bool {
		t, ok := v.(*Type)
		return ok && t.IsSubtype(BaseExceptionType)
	}
	if isExcType(cond) {
		t := cond.(*Type)
		return func(e *Exception) (bool, error) { return e.Class.IsSubtype(t), nil }, nil
	}
	if tup, ok := cond.(Tuple); ok {
		for _, x := range tup {
			if !isExcType(x) {
				return nil, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
			}
		}
		return func(e *Exception) (bool, error) {
			for _, x := range tup {
				if e.Class.IsSubtype(x.(*Type)) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	}
	if _, isType := cond.(*Type); !isType && LookupSpecial(cond, "__call__") != nil {
		return func(e *Exception) (bool, error) {
			r, err := Call(th, cond, []Value{e}, nil)
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}, nil
	}
	return nil, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

// egDerive calls eg.derive(excs) and copies the metadata CPython copies.
func egDerive(th *Thread, eg *Exception, excs []Value) (*Exception, error) {
	r, err := CallMethod(th, eg, "derive", NewList(excs))
	if err != nil {
		return nil, err
	}
	n, ok := r.(*Exception)
	if !ok || !n.Class.IsSubtype(BaseExceptionGroupType) {
		return nil, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	n.Traceback, n.Cause, n.Context = eg.Traceback, eg.Cause, eg.Context
	n.SuppressContext = eg.SuppressContext
	if notes, ok := excField(eg, "__notes__"); ok {
		setExcField(n, "__notes__", notes)
	}
	return n, nil
}

// egSplit splits a group by a condition into the matching and the remaining parts (nil for
// an empty part), keeping the nesting.
func egSplit(th *Thread, e *Exception, match egMatcher, wantRest bool) (*Exception, *Exception, error) {
	ok, err := match(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !e.Class.IsSubtype(BaseExceptionGroupType) {
		return nil, e, nil
	}
	_, excs := egParts(e)
	var matched, rest []Value
	for _, x := range excs {
		sub := x.(*Exception)
		m, r, err := egSplit(th, sub, match, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			matched = append(matched, m)
		}
		if r != nil && wantRest {
			rest = append(rest, r)
		}
	}
	var me, re *Exception
	if len(matched) > 0 {
		if me, err = egDerive(th, e, matched); err != nil {
			return nil, nil, err
		}
	}
	if len(rest) > 0 {
		if re, err = egDerive(th, e, rest); err != nil {
			return nil, nil, err
		}
	}
	return me, re, nil
}

// ExceptionGroupSplit is eg.split(condition) for except*: the matching part and the rest
// (None when empty).
func ExceptionGroupSplit(th *Thread, eg *Exception, cond Value) (Value, Value, error) {
	match, err := egCondition(th, cond)
	if err != nil {
		return nil, nil, err
	}
	m, r, err := egSplit(th, eg, match, true)
	if err != nil {
		return nil, nil, err
	}
	var mv, rv Value = None, None
	if m != nil {
		mv = m
	}
	if r != nil {
		rv = r
	}
	return mv, rv, nil
}

// CallMethod is obj.name(*args).
func CallMethod(th *Thread, obj Value, name string, args ...Value) (Value, error) {
	m, self, err := LoadMethod(th, obj, name)
	if err != nil {
		return nil, err
	}
	if m != nil {
		full := make([]Value, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		return Call(th, m, full, nil)
	}
	return Call(th, self, args, nil)
}

func initExceptionGroup() {
	t := BaseExceptionGroupType
	t.AddStaticMethod("__new__", egNew)
	t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return None, nil
	})
	addGetter(t, "message", func(th *Thread, v Value) (Value, error) {
		msg, _ := egParts(v.(*Exception))
		return msg, nil
	})
	addGetter(t, "exceptions", func(th *Thread, v Value) (Value, error) {
		_, excs := egParts(v.(*Exception))
		return append(Tuple{}, excs...), nil
	})
	t.AddMethod("derive", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("BaseExceptionGroup.derive", args, kwnames); err != nil {
			return nil, err
		}
		e, err := excSelf("derive", args[0])
		if err != nil {
			return nil, err
		}
		msg, _ := egParts(e)
		return Call(th, BaseExceptionGroupType, []Value{msg, args[1]}, nil)
	})
	t.AddMethod("split", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("BaseExceptionGroup.split", args, kwnames); err != nil {
			return nil, err
		}
		e, err := excSelf("split", args[0])
		if err != nil {
			return nil, err
		}
		m, r, err := ExceptionGroupSplit(th, e, args[1])
		if err != nil {
			return nil, err
		}
		return Tuple{m, r}, nil
	})
	t.AddMethod("subgroup", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("BaseExceptionGroup.subgroup", args, kwnames); err != nil {
			return nil, err
		}
		e, err := excSelf("subgroup", args[0])
		if err != nil {
			return nil, err
		}
		match, err := egCondition(th, args[1])
		if err != nil {
			return nil, err
		}
		m, _, err := egSplit(th, e, match, false)
		if err != nil || m == nil {
			return None, err
		}
		return m, nil
	})
	addClassGetItem(t)
}
