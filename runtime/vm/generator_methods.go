package vm

import "github.com/asobiba/asobiba/runtime/internal/msgfmt"

// The Python-visible methods and attributes of generators, coroutines and the
// coroutine_wrapper that coroutine.__await__() returns.

func init() {
	for _, t := range []*Type{GeneratorType, CoroutineType} {
		t := t
		word := t.Name
		t.AddMethod("send", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkOneArg(word+".send", args, kwnames); err != nil {
				return nil, err
			}
			return genResult(args[0].(*Generator).Send(th, args[1]))
		})
		t.AddMethod("throw", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkArgRange("throw", args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			exc, err := throwArgs(th, args[1:])
			if err != nil {
				return nil, err
			}
			return genResult(args[0].(*Generator).Throw(th, exc))
		})
		t.AddMethod("close", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkNoArgs(word+".close", args, kwnames); err != nil {
				return nil, err
			}
			return None, args[0].(*Generator).Close(th)
		})
		t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			g := args[0].(*Generator)
			return Str(msgfmt.Sprintf("<%s object %s at %#x>", g.Type().Name, g.QualName(), ObjectID(g))), nil
		})
		genNameAttrs(t)
	}
	GeneratorType.AddMethod("__iter__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return args[0], nil
	})
	GeneratorType.AddMethod("__next__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		v, ok, err := args[0].(*Generator).next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(StopIterationType)
		}
		return v, nil
	})
	CoroutineType.AddMethod("__await__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return &coroWrapper{args[0].(*Generator)}, nil
	})

	prefixes := map[*Type]string{GeneratorType: "gi_", CoroutineType: "cr_", AsyncGeneratorType: "ag_"}
	for t, p := range prefixes {
		t.AddGetSet(p+"frame", func(th *Thread, self Value) (Value, error) {
			if f := self.(*Generator).frame; f != nil {
				f.escaped = true // Python code holds it now: it must not be recycled
				return f, nil
			}
			return None, nil
		}, nil)
		t.AddGetSet(p+"running", func(th *Thread, self Value) (Value, error) {
			g := self.(*Generator)
			if g.kind == kindAsyncGenerator {
				return Bool(g.runningAsync), nil
			}
			return Bool(g.running), nil
		}, nil)
		t.AddGetSet(p+"code", func(th *Thread, self Value) (Value, error) {
			return self.(*Generator).code, nil
		}, nil)
		t.AddGetSet(p+"suspended", func(th *Thread, self Value) (Value, error) {
			f := self.(*Generator).frame
			return Bool(f != nil && f.state == frameSuspended), nil
		}, nil)
		yf := "yieldfrom"
		if t != GeneratorType {
			yf = "await"
		}
		t.AddGetSet(p+yf, func(th *Thread, self Value) (Value, error) {
			g := self.(*Generator)
			if v := g.yieldFrom(); v != nil {
				return th.realAwait(g, v)
			}
			return None, nil
		}, nil)
	}
	CoroutineType.AddGetSet("cr_origin", func(th *Thread, self Value) (Value, error) {
		// ((filename, lineno, function), ...), innermost first, when origin tracking was on.
		origin := self.(*Generator).Origin()
		if origin == nil {
			return None, nil
		}
		out := make(Tuple, len(origin))
		for i, o := range origin {
			out[i] = Tuple{Str(o.File), Int(o.Line), Str(o.Func)}
		}
		return out, nil
	}, nil)

	w := CoroutineWrapperType
	w.AddMethod("__iter__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return args[0], nil })
	w.AddMethod("__next__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return genResult(args[0].(*coroWrapper).Send(th, None))
	})
	w.AddMethod("send", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("coroutine_wrapper.send", args, kwnames); err != nil {
			return nil, err
		}
		return genResult(args[0].(*coroWrapper).Send(th, args[1]))
	})
	w.AddMethod("throw", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkArgRange("throw", args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		exc, err := throwArgs(th, args[1:])
		if err != nil {
			return nil, err
		}
		return genResult(args[0].(*coroWrapper).Throw(th, exc))
	})
	w.AddMethod("close", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return None, args[0].(*coroWrapper).Close(th)
	})
}

// genNameAttrs adds the writable __name__ and __qualname__ attributes.
func genNameAttrs(t *Type) {
	t.AddGetSet("__name__", func(th *Thread, self Value) (Value, error) {
		return Str(self.(*Generator).Name()), nil
	}, func(th *Thread, self Value, v Value) error {
		s, ok := v.(Str)
		if !ok {
			return Errorf(TypeErrorType, "__name__ must be set to a string object")
		}
		g := self.(*Generator)
		g.setNames(string(s), g.QualName())
		return nil
	})
	t.AddGetSet("__qualname__", func(th *Thread, self Value) (Value, error) {
		return Str(self.(*Generator).QualName()), nil
	}, func(th *Thread, self Value, v Value) error {
		s, ok := v.(Str)
		if !ok {
			return Errorf(TypeErrorType, "__qualname__ must be set to a string object")
		}
		g := self.(*Generator)
		g.setNames(g.Name(), string(s))
		return nil
	})
}

// genResult converts the Go API's (value, done, err) into a Python method result: a yielded
// value, or StopIteration carrying the return value.
func genResult(v Value, done bool, err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	if done {
		return nil, NewStopIteration(v)
	}
	return v, nil
}

// throwArgs normalizes the arguments of throw(typ[, val[, tb]]) into the exception to raise.
func throwArgs(th *Thread, args []Value) (*Exception, error) {
	typ := args[0]
	var val, tb Value = None, None
	if len(args) > 1 {
		val = args[1]
	}
	if len(args) > 2 {
		tb = args[2]
	}
	var tbv *Traceback
	if tb != None {
		t, ok := tb.(*Traceback)
		if !ok {
			return nil, Errorf(TypeErrorType, "throw() third argument must be a traceback object")
		}
		tbv = t
	}
	var exc *Exception
	switch x := typ.(type) {
	case *Exception:
		if val != None {
			return nil, Errorf(TypeErrorType, "instance exception may not have a separate value")
		}
		exc = x
	case *Type:
		if !x.IsSubtype(BaseExceptionType) {
			return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not type")
		}
		e, err := normalizeException(th, x, val)
		if err != nil {
			return nil, err
		}
		exc = e
	default:
		return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", typeName(typ))
	}
	if tbv != nil {
		exc.Traceback = tbv
	}
	return exc, nil
}

// normalizeException instantiates exception class cls from a value as PyErr_NormalizeException
// does: an instance of cls is used as is, a tuple gives the arguments, None gives none.
func normalizeException(th *Thread, cls *Type, val Value) (*Exception, error) {
	if e, ok := val.(*Exception); ok && e.Class.IsSubtype(cls) {
		return e, nil
	}
	var args []Value
	switch v := val.(type) {
	case *NoneType:
	case Tuple:
		args = v
	default:
		args = []Value{val}
	}
	r, err := Call(th, cls, args, nil)
	if err != nil {
		return nil, err
	}
	e, ok := r.(*Exception)
	if !ok {
		return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", typeRepr(cls), typeName(r))
	}
	return e, nil
}

// coroWrapper is what coroutine.__await__() returns: an iterator driving the coroutine.
type coroWrapper struct{ coro *Generator }

// Type returns coroutine_wrapper.
func (*coroWrapper) Type() *Type { return CoroutineWrapperType }

// Send resumes the coroutine.
func (w *coroWrapper) Send(th *Thread, v Value) (Value, bool, error) { return w.coro.Send(th, v) }

// Throw raises exc in the coroutine.
func (w *coroWrapper) Throw(th *Thread, exc *Exception) (Value, bool, error) {
	return w.coro.Throw(th, exc)
}

// Close closes the coroutine.
func (w *coroWrapper) Close(th *Thread) error { return w.coro.Close(th) }
