package vm

// The methods and attributes of BaseException and its builtin subclasses. Attributes that
// CPython keeps in C struct fields (OSError.errno, SyntaxError.lineno, StopIteration.value,
// ...) are computed from the instance dict when set there, else from args, so that
// exceptions built in Go with NewException behave like ones built by Python code.

import (
	"path"
	"sort"
)

// excSelf extracts the exception of a method's receiver.
func excSelf(name string, v Value) (*Exception, error) {
	if e, ok := v.(*Exception); ok {
		return e, nil
	}
	return nil, descrError(name, BaseExceptionType, v)
}

// excField returns an attribute stored in the exception's dict.
func excField(e *Exception, name string) (Value, bool) {
	if e.Dict == nil {
		return nil, false
	}
	return e.Dict.GetStr(name)
}

func setExcField(e *Exception, name string, v Value) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	if v == nil {
		e.Dict.DelStr(name)
		return
	}
	e.Dict.SetStr(name, v)
}

// addNote appends a note to e.__notes__.
func addNote(e *Exception, note string) {
	if n, ok := excField(e, "__notes__"); ok {
		if l, ok := n.(*List); ok {
			l.Items = append(l.Items, Str(note))
			return
		}
	}
	setExcField(e, "__notes__", NewList([]Value{Str(note)}))
}

// ExceptionStr is str(e) for the builtin exception classes.
func excStr(th *Thread, e *Exception) (string, error) {
	switch {
	case e.Class.IsSubtype(KeyErrorType):
		if len(e.Args) == 1 {
			return Repr(th, e.Args[0])
		}
	case e.Class.IsSubtype(UnicodeEncodeErrorType) || e.Class.IsSubtype(UnicodeDecodeErrorType):
		if s, ok := unicodeErrorStr(e); ok {
			return s, nil
		}
	case e.Class.IsSubtype(OSErrorType):
		errno, _ := excAttr(e, "errno")
		strerror, _ := excAttr(e, "strerror")
		filename, _ := excAttr(e, "filename")
		filename2, _ := excAttr(e, "filename2")
		if filename != nil && filename != None {
			f1, err := Repr(th, filename)
			if err != nil {
				return "", err
			}
			es, _ := ToStr(th, errno)
			ss, _ := ToStr(th, strerror)
			if filename2 != nil && filename2 != None {
				f2, err := Repr(th, filename2)
				if err != nil {
					return "", err
				}
				return "[Errno " + es + "] " + ss + ": " + f1 + " -> " + f2, nil
			}
			return "[Errno " + es + "] " + ss + ": " + f1, nil
		}
		if errno != nil && errno != None && strerror != nil && strerror != None {
			es, _ := ToStr(th, errno)
			ss, _ := ToStr(th, strerror)
			return "[Errno " + es + "] " + ss, nil
		}
	case e.Class.IsSubtype(SyntaxErrorType):
		msg, _ := excAttr(e, "msg")
		if msg == nil {
			msg = None
		}
		ms, err := ToStr(th, msg)
		if err != nil {
			return "", err
		}
		filename, _ := excAttr(e, "filename")
		lineno, _ := excAttr(e, "lineno")
		fs, haveFile := filename.(Str)
		li, haveLine := intLike(orNone(lineno))
		switch {
		case haveFile && haveLine:
			ls, _ := Repr(th, li)
			return ms + " (" + path.Base(string(fs)) + ", line " + ls + ")", nil
		case haveFile:
			return ms + " (" + path.Base(string(fs)) + ")", nil
		case haveLine:
			ls, _ := Repr(th, li)
			return ms + " (line " + ls + ")", nil
		}
		return ms, nil
	case e.Class.IsSubtype(ImportErrorType):
		if msg, ok := excField(e, "msg"); ok && msg != None {
			return ToStr(th, msg)
		}
	case e.Class.IsSubtype(BaseExceptionGroupType):
		msg, excs := egParts(e)
		ms, err := ToStr(th, msg)
		if err != nil {
			return "", err
		}
		n := len(excs)
		if n == 1 {
			return ms + " (1 sub-exception)", nil
		}
		return ms + " (" + itoa(n) + " sub-exceptions)", nil
	}
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		return ToStr(th, e.Args[0])
	}
	return Repr(th, e.Args)
}

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// excAttr computes the special attributes of builtin exception classes.
func excAttr(e *Exception, name string) (Value, bool) {
	if v, ok := excField(e, name); ok {
		return v, true
	}
	arg := func(i int) Value {
		if i < len(e.Args) {
			return e.Args[i]
		}
		return None
	}
	switch name {
	case "value":
		return arg(0), true
	case "code":
		switch len(e.Args) {
		case 0:
			return None, true
		case 1:
			return e.Args[0], true
		}
		return e.Args, true
	case "errno", "strerror":
		if len(e.Args) >= 2 && len(e.Args) <= 5 {
			if name == "errno" {
				return e.Args[0], true
			}
			return e.Args[1], true
		}
		return None, true
	case "filename", "filename2", "winerror", "name", "path", "obj", "msg", "text", "lineno", "offset", "end_lineno", "end_offset", "print_file_and_line":
		if e.Class.IsSubtype(SyntaxErrorType) {
			if name == "msg" {
				return arg(0), true
			}
			if info, ok := arg(1).(Tuple); ok && len(info) >= 4 {
				idx := map[string]int{"filename": 0, "lineno": 1, "offset": 2, "text": 3, "end_lineno": 4, "end_offset": 5}
				if i, ok := idx[name]; ok && i < len(info) {
					return info[i], true
				}
			}
		}
		if e.Class.IsSubtype(ImportErrorType) && name == "msg" {
			return arg(0), true
		}
		return None, true
	case "encoding", "object", "start", "end", "reason":
		idx := map[string]int{"encoding": 0, "object": 1, "start": 2, "end": 3, "reason": 4}
		return arg(idx[name]), true
	}
	return nil, false
}

// osErrorSubclass returns the OSError subclass of an errno value, as OSError(errno, ...)
// picks it. It is a switch, not a map that every start of the engine would build.
func osErrorSubclass(errno int64) (*Type, bool) {
	switch errno {
	case 1, 13:
		return PermissionErrorType, true
	case 2:
		return FileNotFoundErrorType, true
	case 3:
		return ProcessLookupErrorType, true
	case 4:
		return InterruptedErrorType, true
	case 10:
		return ChildProcessErrorType, true
	case 11, 114, 115:
		return BlockingIOErrorType, true
	case 17:
		return FileExistsErrorType, true
	case 20:
		return NotADirectoryErrorType, true
	case 21:
		return IsADirectoryErrorType, true
	case 32:
		return BrokenPipeErrorType, true
	case 104:
		return ConnectionResetErrorType, true
	case 103:
		return ConnectionAbortedErrorType, true
	case 111:
		return ConnectionRefusedErrorType, true
	case 110:
		return TimeoutErrorType, true
	}
	return nil, false
}

func init() {
	t := BaseExceptionType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "BaseException.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(BaseExceptionType) {
			return nil, Errorf(TypeErrorType, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		npos := len(args) - len(kwnames)
		pos := append(Tuple(nil), args[1:npos]...)
		if cls == OSErrorType && len(pos) >= 2 {
			if n, ok := pos[0].(Int); ok {
				if sub, ok := osErrorSubclass(int64(n)); ok {
					cls = sub
				}
			}
		}
		if pos == nil {
			pos = Tuple{}
		}
		return &Exception{Class: cls, Args: pos}, nil
	})
	t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		e, err := excSelf("__init__", args[0])
		if err != nil {
			return nil, err
		}
		npos := len(args) - len(kwnames)
		if len(kwnames) > 0 {
			kwOK := e.Class.IsSubtype(ImportErrorType) || e.Class.IsSubtype(NameErrorType) || e.Class.IsSubtype(AttributeErrorType)
			if !kwOK {
				return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", e.Class.Name)
			}
			for i, k := range kwnames {
				allowed := map[string]bool{"name": true}
				if e.Class.IsSubtype(ImportErrorType) {
					allowed["path"] = true
					allowed["name_from"] = true
				}
				if e.Class.IsSubtype(AttributeErrorType) {
					allowed["obj"] = true
				}
				if !allowed[k] {
					return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, e.Class.Name)
				}
				setExcField(e, k, args[npos+i])
			}
		}
		e.Args = append(Tuple{}, args[1:npos]...)
		if e.Class.IsSubtype(OSErrorType) && len(e.Args) >= 3 && len(e.Args) <= 5 {
			setExcField(e, "filename", e.Args[2])
			if len(e.Args) >= 4 {
				setExcField(e, "winerror", e.Args[3])
			}
			if len(e.Args) == 5 {
				setExcField(e, "filename2", e.Args[4])
			}
			setExcField(e, "errno", e.Args[0])
			setExcField(e, "strerror", e.Args[1])
			e.Args = e.Args[:2]
		}
		return None, nil
	})
	t.AddMethod("__str__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		e, err := excSelf("__str__", args[0])
		if err != nil {
			return nil, err
		}
		s, err := excStr(th, e)
		return Str(s), err
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		e, err := excSelf("__repr__", args[0])
		if err != nil {
			return nil, err
		}
		if len(e.Args) == 1 {
			r, err := Repr(th, e.Args[0])
			return Str(e.Class.Name + "(" + r + ")"), err
		}
		r, err := Repr(th, e.Args)
		return Str(e.Class.Name + r), err
	})
	t.AddMethod("with_traceback", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("BaseException.with_traceback", args, kwnames); err != nil {
			return nil, err
		}
		e, err := excSelf("with_traceback", args[0])
		if err != nil {
			return nil, err
		}
		if err := setTraceback(e, args[1]); err != nil {
			return nil, err
		}
		return e, nil
	})
	t.AddMethod("add_note", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("BaseException.add_note", args, kwnames); err != nil {
			return nil, err
		}
		e, err := excSelf("add_note", args[0])
		if err != nil {
			return nil, err
		}
		note, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "note must be a str, not '%s'", typeNameOf(args[1]))
		}
		if n, ok := excField(e, "__notes__"); ok {
			l, ok := n.(*List)
			if !ok {
				return nil, Errorf(TypeErrorType, "Cannot add note: __notes__ is not a list")
			}
			l.Items = append(l.Items, Str(note))
			return None, nil
		}
		addNote(e, note)
		return None, nil
	})
	t.AddMethod("__reduce__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		e, err := excSelf("__reduce__", args[0])
		if err != nil {
			return nil, err
		}
		if e.Dict != nil && e.Dict.Len() > 0 {
			return Tuple{e.Class, e.Args, e.Dict}, nil
		}
		return Tuple{e.Class, e.Args}, nil
	})
	t.AddMethod("__setstate__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		e, err := excSelf("__setstate__", args[0])
		if err != nil {
			return nil, err
		}
		if d, ok := dictSelf(args[1]); ok {
			var ferr error
			d.Items(func(k, v Value) bool {
				if s, ok := k.(Str); ok {
					ferr = SetAttr(th, e, string(s), v)
				}
				return ferr == nil
			})
			return None, ferr
		}
		return None, nil
	})
	exc := func(v Value) *Exception { return v.(*Exception) }
	t.AddGetSet("args", func(th *Thread, v Value) (Value, error) { return exc(v).Args, nil },
		func(th *Thread, v Value, nv Value) error {
			if nv == nil {
				return Errorf(TypeErrorType, "args may not be deleted")
			}
			items, err := Collect(th, nv)
			if err != nil {
				return err
			}
			exc(v).Args = Tuple(items)
			return nil
		})
	t.AddGetSet("__traceback__", func(th *Thread, v Value) (Value, error) {
		if tb := exc(v).Traceback; tb != nil {
			return tb, nil
		}
		return None, nil
	}, func(th *Thread, v Value, nv Value) error {
		if nv == nil {
			return Errorf(TypeErrorType, "__traceback__ may not be deleted")
		}
		return setTraceback(exc(v), nv)
	})
	t.AddGetSet("__cause__", func(th *Thread, v Value) (Value, error) {
		if c := exc(v).Cause; c != nil {
			return c, nil
		}
		return None, nil
	}, func(th *Thread, v Value, nv Value) error {
		e := exc(v)
		switch c := nv.(type) {
		case nil:
			return Errorf(TypeErrorType, "__cause__ may not be deleted")
		case *NoneType:
			e.Cause = nil
		case *Exception:
			e.Cause = c
		default:
			return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return nil
	})
	t.AddGetSet("__context__", func(th *Thread, v Value) (Value, error) {
		if c := exc(v).Context; c != nil {
			return c, nil
		}
		return None, nil
	}, func(th *Thread, v Value, nv Value) error {
		e := exc(v)
		switch c := nv.(type) {
		case nil:
			return Errorf(TypeErrorType, "__context__ may not be deleted")
		case *NoneType:
			e.Context = nil
		case *Exception:
			e.Context = c
		default:
			return Errorf(TypeErrorType, "exception context must be None or derive from BaseException")
		}
		return nil
	})
	t.AddGetSet("__suppress_context__", func(th *Thread, v Value) (Value, error) {
		return Bool(exc(v).SuppressContext), nil
	}, func(th *Thread, v Value, nv Value) error {
		b, err := Truth(th, orNone(nv))
		exc(v).SuppressContext = b
		return err
	})
	t.AddGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
		e := exc(v)
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		return e.Dict, nil
	}, func(th *Thread, v Value, nv Value) error {
		d, ok := nv.(*Dict)
		if !ok {
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeNameOf(orNone(nv)))
		}
		exc(v).Dict = d
		return nil
	})
	// Attributes of particular subclasses.
	fields := map[*Type][]string{
		StopIterationType:      {"value"},
		SystemExitType:         {"code"},
		OSErrorType:            {"errno", "strerror", "filename", "filename2"},
		SyntaxErrorType:        {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"},
		ImportErrorType:        {"msg", "name", "path", "name_from"},
		NameErrorType:          {"name"},
		AttributeErrorType:     {"name", "obj"},
		UnicodeEncodeErrorType: {"encoding", "object", "start", "end", "reason"},
		UnicodeDecodeErrorType: {"encoding", "object", "start", "end", "reason"},
	}
	for cls, names := range fields {
		for _, n := range names {
			n := n
			cls.AddGetSet(n, func(th *Thread, v Value) (Value, error) {
				val, _ := excAttr(exc(v), n)
				return orNone(val), nil
			}, func(th *Thread, v Value, nv Value) error {
				setExcField(exc(v), n, nv)
				return nil
			})
		}
	}
	SyntaxErrorType.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		e, err := excSelf("__init__", args[0])
		if err != nil {
			return nil, err
		}
		if err := noKw("SyntaxError", kwnames); err != nil {
			return nil, err
		}
		e.Args = append(Tuple{}, args[1:]...)
		if len(e.Args) >= 2 {
			info, ok := tupleSelf(e.Args[1])
			if !ok || len(info) < 4 || len(info) > 6 {
				return nil, Errorf(IndexErrorType, "tuple index out of range")
			}
		}
		return None, nil
	})
	initExceptionGroup()
}

func setTraceback(e *Exception, v Value) error {
	switch tb := v.(type) {
	case *NoneType:
		e.Traceback = nil
	case *Traceback:
		e.Traceback = tb
	default:
		return Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
	}
	return nil
}

// sortStrings sorts names in place.
func sortStrings(names []string) { sort.Strings(names) }
