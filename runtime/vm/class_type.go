package vm

// The methods and attributes of type itself, isinstance / issubclass with their metaclass
// hooks, and the small types that classes produce: mappingproxy (cls.__dict__),
// types.GenericAlias (list[int]) and types.UnionType (int | str).

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
)

// The helper classes.
var (
	MappingProxyType = NewBuiltinType("mappingproxy", ObjectType, 0).SetSolid()
	GenericAliasType = NewBuiltinType("GenericAlias", ObjectType, FlagBaseType).SetSolid()
	UnionTypeType    = NewBuiltinType("UnionType", ObjectType, 0).SetSolid()
)

// MappingProxy is a read-only view of a dict (a class's __dict__).
type MappingProxy struct {
	M Value // the mapping: usually a *Dict
}

// Type returns MappingProxyType.
func (*MappingProxy) Type() *Type { return MappingProxyType }

// GenericAlias is a parameterised generic such as list[int].
type GenericAlias struct {
	Origin  Value
	Args    Tuple
	Starred bool
}

// Type returns GenericAliasType.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// UnionType is the result of X | Y on classes.
type UnionType struct {
	Args Tuple
}

// Type returns UnionTypeType.
func (*UnionType) Type() *Type { return UnionTypeType }

// TypeRepr is repr() of a class: <class 'int'>, <class '__main__.C'>.
func TypeRepr(t *Type) string {
	if t.Module == "builtins" || t.Module == "" {
		return "<class '" + t.QualName + "'>"
	}
	return "<class '" + t.Module + "." + t.QualName + "'>"
}

// typeSelf checks the receiver of a type method.
func typeSelf(name string, v Value) (*Type, error) {
	if t, ok := v.(*Type); ok {
		return t, nil
	}
	return nil, descrError(name, TypeType, v)
}

func init() {
	t := TypeType
	typeNewB = t.AddStaticMethod("__new__", typeNew)
	typeInitB = t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		n := len(args) - 1 - len(kwnames)
		if n != 1 && n != 3 {
			return nil, Errorf(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		}
		return None, nil
	})
	typeCallB = t.AddMethod("__call__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "descriptor '__call__' of 'type' object needs an argument")
		}
		self, err := typeSelf("__call__", args[0])
		if err != nil {
			return nil, err
		}
		return typeCall(th, self, args[1:], kwnames)
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		self, err := typeSelf("__repr__", args[0])
		if err != nil {
			return nil, err
		}
		return Str(TypeRepr(self)), nil
	})
	typeGetAttribute = t.AddMethod("__getattribute__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__getattribute__", args, kwnames, 1); err != nil {
			return nil, err
		}
		self, err := typeSelf("__getattribute__", args[0])
		if err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return typeGetAttr(th, self, name)
	})
	typeSetAttrB = t.AddMethod("__setattr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__setattr__", args, kwnames, 2); err != nil {
			return nil, err
		}
		self, err := typeSelf("__setattr__", args[0])
		if err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return None, typeSetAttr(th, self, name, args[2])
	})
	typeDelAttrB = t.AddMethod("__delattr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__delattr__", args, kwnames, 1); err != nil {
			return nil, err
		}
		self, err := typeSelf("__delattr__", args[0])
		if err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return None, typeSetAttr(th, self, name, nil)
	})
	t.AddMethod("mro", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkNoArgs("type.mro", args, kwnames); err != nil {
			return nil, err
		}
		self, err := typeSelf("mro", args[0])
		if err != nil {
			return nil, err
		}
		mro, err := ComputeMRO(self, self.Bases)
		if err != nil {
			return nil, err
		}
		if self.Bases == nil {
			mro = self.MRO
		}
		out := make([]Value, len(mro))
		for i, c := range mro {
			out[i] = c
		}
		return NewList(out), nil
	})
	t.AddMethod("__subclasses__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkNoArgs("type.__subclasses__", args, kwnames); err != nil {
			return nil, err
		}
		self, err := typeSelf("__subclasses__", args[0])
		if err != nil {
			return nil, err
		}
		out := make([]Value, 0, len(self.subclasses))
		for _, c := range self.subclasses {
			out = append(out, c)
		}
		return NewList(out), nil
	})
	t.AddMethod("__instancecheck__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("type.__instancecheck__", args, kwnames); err != nil {
			return nil, err
		}
		self, err := typeSelf("__instancecheck__", args[0])
		if err != nil {
			return nil, err
		}
		r, err := objectIsInstance(th, args[1], self)
		return Bool(r), err
	})
	t.AddMethod("__subclasscheck__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("type.__subclasscheck__", args, kwnames); err != nil {
			return nil, err
		}
		self, err := typeSelf("__subclasscheck__", args[0])
		if err != nil {
			return nil, err
		}
		r, err := objectIsSubclass(th, args[1], self)
		return Bool(r), err
	})
	t.AddClassMethod("__prepare__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return NewDict(), nil
	})
	t.AddMethod("__dir__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		self, err := typeSelf("__dir__", args[0])
		if err != nil {
			return nil, err
		}
		seen := NewDict()
		for _, c := range self.MRO {
			for _, k := range c.Dict.Keys() {
				_ = seen.Set(th, k, None)
			}
		}
		return NewList(seen.Keys()), nil
	})
	t.AddMethod("__sizeof__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(920), nil
	})
	t.AddMethod("__or__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__or__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return makeUnion(args[0], args[1]), nil
	})
	t.AddMethod("__ror__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__ror__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return makeUnion(args[1], args[0]), nil
	})
	typeGetSets()
	initMappingProxy()
	initGenericAlias()
	initUnion()
	for _, t := range []*Type{MappingProxyType, GenericAliasType, UnionTypeType} {
		guardReceivers(t)
	}
}

func typeGetSets() {
	t := TypeType
	self := func(v Value) *Type { return v.(*Type) }
	heapOnly := func(name string, tt *Type) error {
		if tt.Flags&FlagHeapType == 0 {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, tt.Name)
		}
		return nil
	}
	t.AddGetSet("__name__", func(th *Thread, v Value) (Value, error) {
		return Str(self(v).Name), nil
	}, func(th *Thread, v Value, nv Value) error {
		tt := self(v)
		if err := heapOnly("__name__", tt); err != nil {
			return err
		}
		s, ok := nv.(Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", tt.Name, typeNameOf(nv))
		}
		tt.Name = string(s)
		return nil
	})
	t.AddGetSet("__qualname__", func(th *Thread, v Value) (Value, error) {
		return Str(self(v).QualName), nil
	}, func(th *Thread, v Value, nv Value) error {
		tt := self(v)
		if err := heapOnly("__qualname__", tt); err != nil {
			return err
		}
		s, ok := nv.(Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", tt.Name, typeNameOf(nv))
		}
		tt.QualName = string(s)
		return nil
	})
	t.AddGetSet("__module__", func(th *Thread, v Value) (Value, error) {
		tt := self(v)
		if tt.Flags&FlagHeapType != 0 {
			if m, ok := tt.Dict.GetStr("__module__"); ok {
				return m, nil
			}
		}
		return Str(tt.Module), nil
	}, func(th *Thread, v Value, nv Value) error {
		tt := self(v)
		if err := heapOnly("__module__", tt); err != nil {
			return err
		}
		if s, ok := nv.(Str); ok {
			tt.Module = string(s)
		}
		tt.Dict.SetStr("__module__", nv)
		return nil
	})
	t.AddGetSet("__doc__", func(th *Thread, v Value) (Value, error) {
		tt := self(v)
		d, ok := tt.Dict.GetStr("__doc__")
		if !ok {
			return None, nil
		}
		if tt.Flags&FlagHeapType != 0 {
			return descrGet(th, d, nil, tt)
		}
		if g, ok := d.(*GetSetDescr); ok {
			// The instances' __doc__ is computed (a bound method's is its function's); the
			// class's own docstring is the descriptor's Doc.
			if g.Doc == "" {
				return None, nil
			}
			return Str(g.Doc), nil
		}
		return d, nil
	}, func(th *Thread, v Value, nv Value) error {
		tt := self(v)
		if err := heapOnly("__doc__", tt); err != nil {
			return err
		}
		if nv == nil {
			nv = None
		}
		tt.Dict.SetStr("__doc__", nv)
		return nil
	})
	t.AddGetSet("__bases__", func(th *Thread, v Value) (Value, error) {
		tt := self(v)
		out := make(Tuple, len(tt.Bases))
		for i, b := range tt.Bases {
			out[i] = b
		}
		return out, nil
	}, setBases)
	addGetter(t, "__base__", func(th *Thread, v Value) (Value, error) {
		tt := self(v)
		if len(tt.Bases) == 0 {
			return None, nil
		}
		b, err := bestBase(tt.Bases)
		if err != nil {
			return tt.Bases[0], nil
		}
		return b, nil
	})
	addGetter(t, "__mro__", func(th *Thread, v Value) (Value, error) {
		tt := self(v)
		out := make(Tuple, len(tt.MRO))
		for i, b := range tt.MRO {
			out[i] = b
		}
		return out, nil
	})
	addGetter(t, "__dict__", func(th *Thread, v Value) (Value, error) {
		return &MappingProxy{M: self(v).Dict}, nil
	})
	addGetter(t, "__type_params__", func(th *Thread, v Value) (Value, error) {
		if p, ok := self(v).Dict.GetStr("__type_params__"); ok {
			return p, nil
		}
		return Tuple{}, nil
	})
	t.AddGetSet("__abstractmethods__", func(th *Thread, v Value) (Value, error) {
		tt := self(v)
		if tt != TypeType {
			if am, ok := tt.Dict.GetStr("__abstractmethods__"); ok {
				return am, nil
			}
		}
		return nil, attrErrorf(v, "__abstractmethods__", "__abstractmethods__")
	}, func(th *Thread, v Value, nv Value) error {
		tt := self(v)
		if nv == nil {
			if !tt.Dict.DelStr("__abstractmethods__") {
				return attrErrorf(v, "__abstractmethods__", "__abstractmethods__")
			}
			tt.Flags &^= FlagAbstract
			return nil
		}
		abstract, err := Truth(th, nv)
		if err != nil {
			return err
		}
		tt.Dict.SetStr("__abstractmethods__", nv)
		if abstract {
			tt.Flags |= FlagAbstract
		} else {
			tt.Flags &^= FlagAbstract
		}
		tt.InvalidateCaches()
		return nil
	})
	t.AddGetSet("__annotations__", func(th *Thread, v Value) (Value, error) {
		tt := self(v)
		if a, ok := tt.Dict.GetStr("__annotations__"); ok {
			return descrGet(th, a, nil, tt)
		}
		if tt.Flags&FlagHeapType == 0 {
			return nil, attrErrorf(v, "__annotations__", "type object '%s' has no attribute '__annotations__'", tt.Name)
		}
		d := NewDict()
		tt.Dict.SetStr("__annotations__", d)
		return d, nil
	}, func(th *Thread, v Value, nv Value) error {
		tt := self(v)
		if err := heapOnly("__annotations__", tt); err != nil {
			return err
		}
		if nv == nil {
			if !tt.Dict.DelStr("__annotations__") {
				return attrErrorf(v, "__annotations__", "__annotations__")
			}
			return nil
		}
		tt.Dict.SetStr("__annotations__", nv)
		return nil
	})
}

// IsInstance is isinstance(obj, cls), with tuples, unions and __instancecheck__ hooks.
func IsInstance(th *Thread, obj, cls Value) (bool, error) {
	if t, ok := cls.(*Type); ok {
		if obj.Type() == t {
			return true, nil
		}
		if t.Type() == TypeType {
			return objectIsInstance(th, obj, t)
		}
	}
	switch c := cls.(type) {
	case Tuple:
		for _, item := range c {
			r, err := IsInstance(th, obj, item)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	case *UnionType:
		return IsInstance(th, obj, c.Args)
	}
	if m := cls.Type().Lookup("__instancecheck__"); m != nil {
		r, err := callDunder(th, m, cls, obj)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	return false, Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// objectIsInstance is the check without hooks: type(obj) or obj.__class__ is a subclass.
func objectIsInstance(th *Thread, obj Value, t *Type) (bool, error) {
	if obj.Type().IsSubtype(t) {
		return true, nil
	}
	if _, ok := obj.(*Instance); !ok {
		return false, nil
	}
	c, ok, err := GetAttrOK(th, obj, "__class__")
	if err != nil || !ok {
		return false, err
	}
	if ct, ok := c.(*Type); ok && ct != obj.Type() {
		return ct.IsSubtype(t), nil
	}
	return false, nil
}

// IsSubclass is issubclass(c, cls), with tuples, unions and __subclasscheck__ hooks.
func IsSubclass(th *Thread, c, cls Value) (bool, error) {
	if t, ok := cls.(*Type); ok && t.Type() == TypeType {
		return objectIsSubclass(th, c, t)
	}
	switch x := cls.(type) {
	case Tuple:
		for _, item := range x {
			r, err := IsSubclass(th, c, item)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	case *UnionType:
		return IsSubclass(th, c, x.Args)
	}
	if m := cls.Type().Lookup("__subclasscheck__"); m != nil {
		r, err := callDunder(th, m, cls, c)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	return false, Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func objectIsSubclass(th *Thread, c Value, t *Type) (bool, error) {
	ct, ok := c.(*Type)
	if !ok {
		return false, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	return ct.IsSubtype(t), nil
}

func initMappingProxy() {
	t := MappingProxyType
	proxy := func(v Value) Value { return v.(*MappingProxy).M }
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "mappingproxy() missing required argument 'mapping' (pos 1)")
		}
		if _, ok := args[1].(Tuple); ok || LookupSpecial(args[1], "__getitem__") == nil || isSequenceType(args[1]) {
			return nil, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", typeNameOf(args[1]))
		}
		return &MappingProxy{M: args[1]}, nil
	})
	t.AddMethod("__getitem__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return GetItem(th, proxy(args[0]), args[1])
	})
	t.AddMethod("__contains__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r, err := Contains(th, proxy(args[0]), args[1])
		return Bool(r), err
	})
	t.AddMethod("__len__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		n, err := Len(th, proxy(args[0]))
		return Int(n), err
	})
	t.AddMethod("__iter__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Iter(th, proxy(args[0]))
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r, err := Repr(th, proxy(args[0]))
		return Str("mappingproxy(" + r + ")"), err
	})
	t.AddMethod("__str__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r, err := ToStr(th, proxy(args[0]))
		return Str(r), err
	})
	for _, name := range []string{"keys", "values", "items", "copy", "get"} {
		name := name
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			m, err := GetAttr(th, proxy(args[0]), name)
			if err != nil {
				return nil, err
			}
			return Call(th, m, args[1:], kwnames)
		})
	}
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		if p, ok := b.(*MappingProxy); ok {
			b = p.M
		}
		return RichCompare(th, proxy(a), b, op)
	})
	t.AddMethod("__or__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		b := args[1]
		if p, ok := b.(*MappingProxy); ok {
			b = p.M
		}
		return BinaryOp(th, opOr, proxy(args[0]), b)
	})
}

func isSequenceType(v Value) bool {
	switch v.(type) {
	case *List, Tuple, Str, Bytes:
		return true
	}
	return false
}

// MakeGenericAlias returns origin[args] as a types.GenericAlias (__class_getitem__ of the
// builtin containers).
func MakeGenericAlias(origin Value, args Value) *GenericAlias {
	if t, ok := args.(Tuple); ok {
		return &GenericAlias{Origin: origin, Args: t}
	}
	return &GenericAlias{Origin: origin, Args: Tuple{args}}
}

// typeArgRepr is how GenericAlias and UnionType print their arguments.
func typeArgRepr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case *Type:
		if x.Module == "builtins" {
			return x.QualName, nil
		}
		return x.Module + "." + x.QualName, nil
	case *EllipsisValue:
		return "...", nil
	case *NoneType:
		return "None", nil
	case *List:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			s, err := typeArgRepr(th, it)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	}
	return Repr(th, v)
}

// asGenericAlias returns the alias v is, or holds as an instance of a subclass of
// types.GenericAlias; nil for anything else.
func asGenericAlias(v Value) *GenericAlias {
	switch x := v.(type) {
	case *GenericAlias:
		return x
	case *Instance:
		g, _ := x.Base.(*GenericAlias)
		return g
	}
	return nil
}

func initGenericAlias() {
	t := GenericAliasType
	t.Module = "types"
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args)-1)
		}
		g := MakeGenericAlias(args[1], args[2])
		if cls, ok := args[0].(*Type); ok && cls != GenericAliasType && cls.IsSubtype(GenericAliasType) {
			// A subclass, such as collections.abc's alias for Callable[[int], str].
			return newInstanceWithBase(cls, g), nil
		}
		return g, nil
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		g := asGenericAlias(args[0])
		o, err := typeArgRepr(th, g.Origin)
		if err != nil {
			return nil, err
		}
		if len(g.Args) == 0 {
			return Str(o + "[()]"), nil
		}
		parts := make([]string, len(g.Args))
		for i, a := range g.Args {
			if parts[i], err = typeArgRepr(th, a); err != nil {
				return nil, err
			}
		}
		prefix := ""
		if g.Starred {
			prefix = "*"
		}
		return Str(prefix + o + "[" + strings.Join(parts, ", ") + "]"), nil
	})
	t.AddMethod("__call__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		g := asGenericAlias(args[0])
		r, err := Call(th, g.Origin, args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		_ = SetAttr(th, r, "__orig_class__", g)
		return r, nil
	})
	t.AddMethod("__getattribute__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		g := asGenericAlias(args[0])
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		switch name {
		case "__origin__":
			return g.Origin, nil
		case "__args__":
			return g.Args, nil
		case "__parameters__":
			return Tuple{}, nil
		case "__unpacked__":
			return Bool(g.Starred), nil
		case "__class__":
			return args[0].Type(), nil
		case "__repr__", "__call__", "__eq__", "__ne__", "__hash__", "__getitem__", "__or__", "__ror__", "__mro_entries__", "__instancecheck__", "__subclasscheck__":
			return genericGetAttr(th, args[0], args[0].Type(), name, nil)
		}
		return GetAttr(th, g.Origin, name)
	})
	t.AddMethod("__mro_entries__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Tuple{asGenericAlias(args[0]).Origin}, nil
	})
	t.AddMethod("__getitem__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		g := asGenericAlias(args[0])
		r, err := Repr(th, g)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(TypeErrorType, "%s is not a generic class", r)
	})
	t.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		g := asGenericAlias(args[0])
		h1, err := Hash(th, g.Origin)
		if err != nil {
			return nil, err
		}
		h2, err := Hash(th, g.Args)
		if err != nil {
			return nil, err
		}
		return Int(h1 ^ h2), nil
	})
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		x := asGenericAlias(a)
		y := asGenericAlias(b)
		if y == nil || (op != compile.CmpEQ && op != compile.CmpNE) {
			return NotImplemented, nil
		}
		eq := Is(x.Origin, y.Origin) && x.Starred == y.Starred
		if eq {
			var err error
			if eq, err = Equal(th, x.Args, y.Args); err != nil {
				return nil, err
			}
		}
		return Bool(eq == (op == compile.CmpEQ)), nil
	})
	t.AddMethod("__or__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return makeUnion(args[0], args[1]), nil
	})
	t.AddMethod("__ror__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return makeUnion(args[1], args[0]), nil
	})
	t.AddMethod("__instancecheck__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return nil, Errorf(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	})
	t.AddMethod("__subclasscheck__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return nil, Errorf(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	})
}

// makeUnion is X | Y for classes, None and unions.
func makeUnion(a, b Value) Value {
	ok := func(v Value) bool {
		switch v.(type) {
		case *Type, *NoneType, *UnionType, *GenericAlias:
			return true
		}
		return asGenericAlias(v) != nil
	}
	if !ok(a) || !ok(b) {
		return NotImplemented
	}
	var args Tuple
	add := func(v Value) {
		if v == None {
			v = NoneTypeType
		}
		if u, ok := v.(*UnionType); ok {
			for _, x := range u.Args {
				add2(&args, x)
			}
			return
		}
		add2(&args, v)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0]
	}
	return &UnionType{Args: args}
}

func add2(args *Tuple, v Value) {
	for _, x := range *args {
		if Is(x, v) {
			return
		}
	}
	*args = append(*args, v)
}

func initUnion() {
	t := UnionTypeType
	t.Module = "types"
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		u := args[0].(*UnionType)
		parts := make([]string, len(u.Args))
		for i, a := range u.Args {
			if a == NoneTypeType {
				parts[i] = "None"
				continue
			}
			s, err := typeArgRepr(th, a)
			if err != nil {
				return nil, err
			}
			parts[i] = s
		}
		return Str(strings.Join(parts, " | ")), nil
	})
	addGetter(t, "__args__", func(th *Thread, self Value) (Value, error) { return self.(*UnionType).Args, nil })
	t.AddMethod("__or__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return makeUnion(args[0], args[1]), nil
	})
	t.AddMethod("__ror__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return makeUnion(args[1], args[0]), nil
	})
	t.AddMethod("__instancecheck__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r, err := IsInstance(th, args[1], args[0].(*UnionType).Args)
		return Bool(r), err
	})
	t.AddMethod("__subclasscheck__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r, err := IsSubclass(th, args[1], args[0].(*UnionType).Args)
		return Bool(r), err
	})
	t.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		h, err := Hash(th, args[0].(*UnionType).Args)
		return Int(h), err
	})
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		y, ok := b.(*UnionType)
		if !ok || (op != compile.CmpEQ && op != compile.CmpNE) {
			return NotImplemented, nil
		}
		x := a.(*UnionType)
		eq := len(x.Args) == len(y.Args)
		for _, v := range x.Args {
			found := false
			for _, w := range y.Args {
				if Is(v, w) {
					found = true
				}
			}
			eq = eq && found
		}
		return Bool(eq == (op == compile.CmpEQ)), nil
	})
}
