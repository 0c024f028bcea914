package vm

// Descriptors: the objects that live in class dictionaries and decide what attribute access
// on instances means. getset_descriptor and member_descriptor are the Go-implemented data
// descriptors of builtin types and __slots__; property, classmethod and staticmethod are
// their Python-visible cousins. super lives in descr_super.go.

// The descriptor classes.
var (
	GetSetDescrType  = NewBuiltinType("getset_descriptor", ObjectType, 0).SetSolid()
	MemberDescrType  = NewBuiltinType("member_descriptor", ObjectType, 0).SetSolid()
	PropertyType     = NewBuiltinType("property", ObjectType, FlagBaseType).SetSolid()
	ClassMethodType  = NewBuiltinType("classmethod", ObjectType, FlagBaseType).SetSolid()
	StaticMethodType = NewBuiltinType("staticmethod", ObjectType, FlagBaseType).SetSolid()
)

// FlagMethodDescriptor marks classes whose instances bind like functions when found on a
// class (Python functions): LoadMethod then skips creating a bound method, and calling the
// found object with the instance prepended is the same as calling the bound method.
const FlagMethodDescriptor TypeFlags = 1 << 8

// GetSetDescr is an attribute of a builtin type computed in Go (int.real, type.__name__,
// BaseException.args, object.__class__). Set is nil for read-only attributes; it receives a
// nil value for deletion.
type GetSetDescr struct {
	Name  string
	Owner *Type
	Get   func(th *Thread, self Value) (Value, error)
	Set   func(th *Thread, self Value, v Value) error
	Doc   string
}

// Type returns GetSetDescrType.
func (*GetSetDescr) Type() *Type { return GetSetDescrType }

// addGetter adds a read-only computed attribute to a builtin type.
func addGetter(t *Type, name string, get func(th *Thread, self Value) (Value, error)) *GetSetDescr {
	d := &GetSetDescr{Name: name, Owner: t, Get: get}
	t.Dict.SetStr(name, d)
	return d
}

// AddGetSet adds a computed attribute (read-only when set is nil) to a builtin type.
func (t *Type) AddGetSet(name string, get func(th *Thread, self Value) (Value, error), set func(th *Thread, self Value, v Value) error) *GetSetDescr {
	d := &GetSetDescr{Name: name, Owner: t, Get: get, Set: set}
	t.Dict.SetStr(name, d)
	return d
}

func (d *GetSetDescr) check(self Value) error {
	if !self.Type().IsSubtype(d.Owner) {
		return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, typeNameOf(self))
	}
	return nil
}

// MemberDescr is the descriptor of one __slots__ entry.
type MemberDescr struct {
	Name  string
	Owner *Type
	Index int
}

// Type returns MemberDescrType.
func (*MemberDescr) Type() *Type { return MemberDescrType }

func (d *MemberDescr) get(self Value) (Value, error) {
	inst, ok := self.(*Instance)
	if !ok || !inst.Class.IsSubtype(d.Owner) {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, typeNameOf(self))
	}
	if d.Index < len(inst.Slots) && inst.Slots[d.Index] != nil {
		return inst.Slots[d.Index], nil
	}
	return nil, attrErrorf(self, d.Name, "'%s' object has no attribute '%s'", typeNameOf(self), d.Name)
}

func (d *MemberDescr) set(self Value, v Value) error {
	inst, ok := self.(*Instance)
	if !ok || !inst.Class.IsSubtype(d.Owner) {
		return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, typeNameOf(self))
	}
	if v == nil && (d.Index >= len(inst.Slots) || inst.Slots[d.Index] == nil) {
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typeNameOf(self), d.Name)
	}
	for len(inst.Slots) <= d.Index {
		inst.Slots = append(inst.Slots, nil)
	}
	inst.Slots[d.Index] = v
	return nil
}

// Property is a property object.
type Property struct {
	Get, Set, Del Value // nil when absent
	Doc           Value
	// Name is the attribute name, learned from __set_name__ or the getter's __name__.
	Name string
	// Inst is the instance payload when property is subclassed.
	Class *Type
	Dict  *Dict
}

// Type returns PropertyType (or the subclass).
func (p *Property) Type() *Type {
	if p.Class != nil {
		return p.Class
	}
	return PropertyType
}

// ClassMethod is a classmethod object.
type ClassMethod struct {
	Func  Value
	Class *Type
	Dict  *Dict
}

// Type returns ClassMethodType (or the subclass).
func (c *ClassMethod) Type() *Type {
	if c.Class != nil {
		return c.Class
	}
	return ClassMethodType
}

// StaticMethod is a staticmethod object.
type StaticMethod struct {
	Func  Value
	Class *Type
	Dict  *Dict
}

// Type returns StaticMethodType (or the subclass).
func (s *StaticMethod) Type() *Type {
	if s.Class != nil {
		return s.Class
	}
	return StaticMethodType
}

func init() {
	initGetSet()
	initProperty()
	initClassStaticMethod()
	initSuper()
	for _, t := range []*Type{GetSetDescrType, MemberDescrType, PropertyType, ClassMethodType, StaticMethodType, SuperType} {
		guardReceivers(t)
	}
}

func initGetSet() {
	GetSetDescrType.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args)-1)
		}
		d := args[0].(*GetSetDescr)
		if args[1] == None {
			return d, nil
		}
		if err := d.check(args[1]); err != nil {
			return nil, err
		}
		return d.Get(th, args[1])
	})
	GetSetDescrType.AddMethod("__set__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__set__", args, kwnames, 2); err != nil {
			return nil, err
		}
		return None, setDescr(th, args[0], args[1], args[2])
	})
	GetSetDescrType.AddMethod("__delete__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__delete__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return None, setDescr(th, args[0], args[1], nil)
	})
	reprAttr := func(th *Thread, args []Value, kwnames []string) (Value, error) {
		switch d := args[0].(type) {
		case *GetSetDescr:
			return Str("<attribute '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
		case *MemberDescr:
			return Str("<member '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
		}
		return nil, descrError("__repr__", GetSetDescrType, args[0])
	}
	GetSetDescrType.AddMethod("__repr__", reprAttr)
	MemberDescrType.AddMethod("__repr__", reprAttr)
	nameOf := func(th *Thread, self Value) (Value, error) {
		switch d := self.(type) {
		case *GetSetDescr:
			return Str(d.Name), nil
		case *MemberDescr:
			return Str(d.Name), nil
		}
		return None, nil
	}
	addGetter(GetSetDescrType, "__name__", nameOf)
	addGetter(MemberDescrType, "__name__", nameOf)
	ownerOf := func(th *Thread, self Value) (Value, error) {
		switch d := self.(type) {
		case *GetSetDescr:
			return d.Owner, nil
		case *MemberDescr:
			return d.Owner, nil
		}
		return None, nil
	}
	addGetter(GetSetDescrType, "__objclass__", ownerOf)
	addGetter(MemberDescrType, "__objclass__", ownerOf)
	MemberDescrType.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args)-1)
		}
		if args[1] == None {
			return args[0], nil
		}
		return args[0].(*MemberDescr).get(args[1])
	})
	MemberDescrType.AddMethod("__set__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__set__", args, kwnames, 2); err != nil {
			return nil, err
		}
		return None, args[0].(*MemberDescr).set(args[1], args[2])
	})
	MemberDescrType.AddMethod("__delete__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__delete__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return None, args[0].(*MemberDescr).set(args[1], nil)
	})
}

// propertyName returns the name used in property error messages.
func (p *Property) propertyName(th *Thread) string {
	if p.Name != "" {
		return p.Name
	}
	if p.Get != nil {
		if n, err := GetAttr(th, p.Get, "__name__"); err == nil {
			if s, ok := n.(Str); ok {
				return string(s)
			}
		}
	}
	return ""
}

// missing is the AttributeError of a property without the getter, setter or deleter (what)
// it needs. It carries no name or obj: a failed get gets them from GetAttr.
func (p *Property) missing(th *Thread, obj Value, what string) error {
	name := p.propertyName(th)
	if name == "" {
		return Errorf(AttributeErrorType, "property of '%s' object has no %s", typeNameOf(obj), what)
	}
	return Errorf(AttributeErrorType, "property '%s' of '%s' object has no %s", name, typeNameOf(obj), what)
}

func (p *Property) get(th *Thread, obj Value) (Value, error) {
	if p.Get == nil {
		return nil, p.missing(th, obj, "getter")
	}
	return Call(th, p.Get, []Value{obj}, nil)
}

func (p *Property) set(th *Thread, obj, v Value) error {
	if v == nil {
		if p.Del == nil {
			return p.missing(th, obj, "deleter")
		}
		_, err := Call(th, p.Del, []Value{obj}, nil)
		return err
	}
	if p.Set == nil {
		return p.missing(th, obj, "setter")
	}
	_, err := Call(th, p.Set, []Value{obj, v}, nil)
	return err
}

func propertySelf(v Value) (*Property, bool) {
	switch x := v.(type) {
	case *Property:
		return x, true
	case *Instance:
		p, ok := x.Base.(*Property)
		return p, ok
	}
	return nil, false
}

func initProperty() {
	t := PropertyType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "property.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(PropertyType) {
			return nil, Errorf(TypeErrorType, "property.__new__(X): X is not a subtype of property")
		}
		p := &Property{}
		if cls != PropertyType {
			p.Class = cls
			p.Dict = NewDict()
		}
		return p, nil
	})
	t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		spec := argSpec{fname: "property", names: []string{"fget", "fset", "fdel", "doc"}, kwOnly: 4}
		a, err := spec.parse(args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		p, ok := propertySelf(args[0])
		if !ok {
			return nil, descrError("__init__", PropertyType, args[0])
		}
		norm := func(v Value) Value {
			if v == None {
				return nil
			}
			return v
		}
		p.Get, p.Set, p.Del = norm(a[0]), norm(a[1]), norm(a[2])
		p.Doc = norm(a[3])
		if p.Doc == nil && p.Get != nil {
			if d, err := GetAttr(th, p.Get, "__doc__"); err == nil && d != None {
				p.Doc = d
			}
		}
		return None, nil
	})
	t.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args)-1)
		}
		p, _ := propertySelf(args[0])
		if args[1] == None {
			return args[0], nil
		}
		return p.get(th, args[1])
	})
	t.AddMethod("__set__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__set__", args, kwnames, 2); err != nil {
			return nil, err
		}
		p, _ := propertySelf(args[0])
		return None, p.set(th, args[1], args[2])
	})
	t.AddMethod("__delete__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__delete__", args, kwnames, 1); err != nil {
			return nil, err
		}
		p, _ := propertySelf(args[0])
		return None, p.set(th, args[1], nil)
	})
	t.AddMethod("__set_name__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__set_name__", args, kwnames, 2); err != nil {
			return nil, err
		}
		p, _ := propertySelf(args[0])
		if s, ok := args[2].(Str); ok {
			p.Name = string(s)
		}
		return None, nil
	})
	copyWith := func(which int) BuiltinFunc {
		return func(th *Thread, args []Value, kwnames []string) (Value, error) {
			names := [...]string{"getter", "setter", "deleter"}
			if err := checkOneArg("property."+names[which], args, kwnames); err != nil {
				return nil, err
			}
			p, ok := propertySelf(args[0])
			if !ok {
				return nil, descrError(names[which], PropertyType, args[0])
			}
			get, set, del, doc := p.Get, p.Set, p.Del, p.Doc
			switch which {
			case 0:
				get = args[1]
				if d, err := GetAttr(th, get, "__doc__"); err == nil && d != None {
					doc = d
				}
			case 1:
				set = args[1]
			case 2:
				del = args[1]
			}
			orNone := func(v Value) Value {
				if v == nil {
					return None
				}
				return v
			}
			np, err := Call(th, args[0].Type(), []Value{orNone(get), orNone(set), orNone(del), orNone(doc)}, nil)
			if err != nil {
				return nil, err
			}
			if q, ok := propertySelf(np); ok {
				q.Name = p.Name
			}
			return np, nil
		}
	}
	t.AddMethod("getter", copyWith(0))
	t.AddMethod("setter", copyWith(1))
	t.AddMethod("deleter", copyWith(2))
	field := func(name string, f func(p *Property) Value) {
		addGetter(t, name, func(th *Thread, self Value) (Value, error) {
			p, _ := propertySelf(self)
			if v := f(p); v != nil {
				return v, nil
			}
			return None, nil
		})
	}
	field("fget", func(p *Property) Value { return p.Get })
	field("fset", func(p *Property) Value { return p.Set })
	field("fdel", func(p *Property) Value { return p.Del })
	t.AddGetSet("__doc__", func(th *Thread, self Value) (Value, error) {
		p, _ := propertySelf(self)
		if p.Doc == nil {
			return None, nil
		}
		return p.Doc, nil
	}, func(th *Thread, self Value, v Value) error {
		p, _ := propertySelf(self)
		p.Doc = v
		return nil
	})
	addGetter(t, "__isabstractmethod__", func(th *Thread, self Value) (Value, error) {
		p, _ := propertySelf(self)
		for _, f := range []Value{p.Get, p.Set, p.Del} {
			if f == nil {
				continue
			}
			if v, err := GetAttr(th, f, "__isabstractmethod__"); err == nil {
				if b, _ := Truth(th, v); b {
					return True, nil
				}
			}
		}
		return False, nil
	})
}

func initClassStaticMethod() {
	for _, kind := range []*Type{ClassMethodType, StaticMethodType} {
		kind := kind
		isClass := kind == ClassMethodType
		funcOf := func(v Value) (Value, bool) {
			switch x := v.(type) {
			case *ClassMethod:
				return x.Func, true
			case *StaticMethod:
				return x.Func, true
			case *Instance:
				switch b := x.Base.(type) {
				case *ClassMethod:
					return b.Func, true
				case *StaticMethod:
					return b.Func, true
				}
			}
			return nil, false
		}
		kind.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) < 1 {
				return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", kind.Name)
			}
			cls, ok := args[0].(*Type)
			if !ok || !cls.IsSubtype(kind) {
				return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a subtype of %s", kind.Name, kind.Name)
			}
			var sub *Type
			var d *Dict
			if cls != kind {
				sub, d = cls, NewDict()
			}
			var fn Value = None
			if len(args) == 2 {
				fn = args[1]
			}
			if isClass {
				return &ClassMethod{Func: fn, Class: sub, Dict: d}, nil
			}
			return &StaticMethod{Func: fn, Class: sub, Dict: d}, nil
		})
		kind.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if len(kwnames) > 0 {
				return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", kind.Name)
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "%s expected 1 argument, got %d", kind.Name, len(args)-1)
			}
			switch x := args[0].(type) {
			case *ClassMethod:
				x.Func = args[1]
			case *StaticMethod:
				x.Func = args[1]
			}
			// Copy __doc__, __name__, __qualname__, __module__ (functools.wraps-like), as
			// CPython 3.10+ does.
			return None, nil
		})
		kind.AddMethod("__get__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) < 2 || len(args) > 3 {
				return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args)-1)
			}
			fn, _ := funcOf(args[0])
			if !isClass {
				return fn, nil
			}
			var owner Value
			if len(args) == 3 && args[2] != None {
				owner = args[2]
			} else {
				owner = args[1].Type()
			}
			return bindCallable(th, fn, owner)
		})
		addGetter(kind, "__func__", func(th *Thread, self Value) (Value, error) {
			fn, _ := funcOf(self)
			return fn, nil
		})
		addGetter(kind, "__wrapped__", func(th *Thread, self Value) (Value, error) {
			fn, _ := funcOf(self)
			return fn, nil
		})
		addGetter(kind, "__isabstractmethod__", func(th *Thread, self Value) (Value, error) {
			fn, _ := funcOf(self)
			if v, err := GetAttr(th, fn, "__isabstractmethod__"); err == nil {
				b, _ := Truth(th, v)
				return Bool(b), nil
			}
			return False, nil
		})
		for _, attr := range []string{"__doc__", "__name__", "__qualname__", "__module__"} {
			attr := attr
			addGetter(kind, attr, func(th *Thread, self Value) (Value, error) {
				fn, _ := funcOf(self)
				return GetAttr(th, fn, attr)
			})
		}
		if !isClass {
			kind.AddMethod("__call__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
				fn, _ := funcOf(args[0])
				return Call(th, fn, args[1:], kwnames)
			})
		}
		kind.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			fn, _ := funcOf(args[0])
			r, err := Repr(th, fn)
			if err != nil {
				return nil, err
			}
			return Str("<" + kind.Name + "(" + r + ")>"), nil
		})
	}
}

// bindCallable binds fn to self as a method would be: through fn's __get__ when it has one,
// else with a Go closure.
func bindCallable(th *Thread, fn, self Value) (Value, error) {
	if b, ok := fn.(*Builtin); ok {
		return b.Bind(self), nil
	}
	if get := fn.Type().Lookup("__get__"); get != nil {
		return callDunder(th, get, fn, self, self.Type())
	}
	return &Builtin{Name: "method", Kind: BuiltinPlain, Fn: func(th *Thread, args []Value, kwnames []string) (Value, error) {
		full := make([]Value, 0, len(args)+1)
		full = append(append(full, self), args...)
		return Call(th, fn, full, kwnames)
	}}, nil
}

// descrGet applies the descriptor protocol to v found on a class: v.__get__(inst, owner)
// (inst is nil for look-ups on the class itself, and None is passed to Python code).
func descrGet(th *Thread, v Value, inst Value, owner *Type) (Value, error) {
	switch d := v.(type) {
	case *Builtin:
		if d.Self != nil {
			return d, nil
		}
		switch d.Kind {
		case BuiltinMethod:
			if inst == nil {
				return d, nil
			}
			return d.Bind(inst), nil
		case BuiltinClassMethod:
			return d.Bind(owner), nil
		}
		return d, nil
	case *GetSetDescr:
		if inst == nil {
			return d, nil
		}
		if err := d.check(inst); err != nil {
			return nil, err
		}
		return d.Get(th, inst)
	case *MemberDescr:
		if inst == nil {
			return d, nil
		}
		return d.get(inst)
	case *Property:
		if inst == nil || d.Class != nil {
			break
		}
		return d.get(th, inst)
	case *ClassMethod:
		if d.Class == nil {
			return bindCallable(th, d.Func, owner)
		}
	case *StaticMethod:
		if d.Class == nil {
			return d.Func, nil
		}
	case Str, Int, Float, Bool, *NoneType, Tuple:
		return v, nil
	}
	get := v.Type().Lookup("__get__")
	if get == nil {
		return v, nil
	}
	if inst == nil {
		inst = None
	}
	return callDunder(th, get, v, inst, owner)
}

// BindDescriptor is descr.__get__(obj, type(obj)) for an attribute found on obj's class (the
// descriptor protocol); values that are not descriptors are returned as they are.
func BindDescriptor(th *Thread, descr, obj Value) (Value, error) {
	return descrGet(th, descr, obj, obj.Type())
}

// isDataDescr reports whether v, found on a class, is a data descriptor (defines __set__ or
// __delete__), which takes precedence over the instance dict.
func isDataDescr(v Value) bool {
	switch d := v.(type) {
	case *GetSetDescr, *MemberDescr:
		return true
	case *Property:
		if d.Class == nil {
			return true
		}
	case *Builtin, *ClassMethod, *StaticMethod, Str, Int, Float, Bool, *NoneType, Tuple, *Type:
		return false
	}
	t := v.Type()
	return t.Lookup("__set__") != nil || t.Lookup("__delete__") != nil
}

// setDescr runs a data descriptor's __set__ (or __delete__ when v is nil).
func setDescr(th *Thread, d, obj, v Value) error {
	switch x := d.(type) {
	case *GetSetDescr:
		if err := x.check(obj); err != nil {
			return err
		}
		if x.Set == nil {
			return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", x.Name, x.Owner.Name)
		}
		return x.Set(th, obj, v)
	case *MemberDescr:
		return x.set(obj, v)
	case *Property:
		if x.Class == nil {
			return x.set(th, obj, v)
		}
	}
	if v == nil {
		m := d.Type().Lookup("__delete__")
		if m == nil {
			return Errorf(AttributeErrorType, "__delete__")
		}
		_, err := callDunder(th, m, d, obj)
		return err
	}
	m := d.Type().Lookup("__set__")
	if m == nil {
		return Errorf(AttributeErrorType, "__set__")
	}
	_, err := callDunder(th, m, d, obj, v)
	return err
}
