package vm

// The methods of object, the root of every class, and object identity.

import (
	"unsafe"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
)

// ObjectID returns id(v): a fake address, 12 hex digits, stable for the object's lifetime.
// Values without identity in Go (ints, strs, floats, ...) get an id derived from their value,
// consistent with `is`.
func ObjectID(v Value) int64 {
	var p unsafe.Pointer
	switch x := v.(type) {
	case Int:
		return 0x7e0000000000 + (int64(x)&0xffffffff)*32
	case Bool:
		if x {
			return 0x7d0000000020
		}
		return 0x7d0000000040
	case Str, Bytes, Float, Complex, *BigInt:
		h, _ := fastHash(v)
		return 0x7c0000000000 + (h&0x7ffffffff)*16
	case Tuple:
		if len(x) == 0 {
			return 0x7d0000000060
		}
		p = unsafe.Pointer(&x[0])
	case *NoneType:
		return 0x7d0000000080
	case *Instance:
		p = unsafe.Pointer(x)
	case *List:
		p = unsafe.Pointer(x)
	case *Dict:
		p = unsafe.Pointer(x)
	case *Type:
		p = unsafe.Pointer(x)
	case *Exception:
		p = unsafe.Pointer(x)
	case *Generator:
		p = unsafe.Pointer(x)
	default:
		// Every other Value is a pointer (or a struct without fields, whose data pointer is
		// Go's one address for zero-sized values): the interface's data word is the object's
		// address (iface, as Thread.boxInt reads it too). Reading it directly spares the
		// engine package reflect.
		p = (*iface)(unsafe.Pointer(&v)).data
	}
	return recordID(p, true)
}

// objectRepr is object.__repr__: <module.Qualname object at 0x...>.
func objectRepr(v Value) string {
	t := v.Type()
	name := t.QualName
	if t.Module != "builtins" && t.Module != "" {
		name = t.Module + "." + name
	}
	return msgfmt.Sprintf("<%s object at %#x>", name, ObjectID(v))
}

// newInstanceWithBase makes an instance of cls (a subclass of a builtin type) holding the
// builtin payload base.
func newInstanceWithBase(cls *Type, base Value) *Instance {
	inst := &Instance{Class: cls, Base: base}
	if typeHasDict(cls) {
		inst.Dict = NewDict()
	}
	return inst
}

// typeHasDict reports whether instances of t carry a __dict__.
func typeHasDict(t *Type) bool {
	for _, c := range t.MRO {
		if c.Flags&FlagHeapType != 0 && c.Slots == nil {
			return true
		}
		if c.Flags&flagHasDictSlot != 0 {
			return true
		}
	}
	return false
}

// flagHasDictSlot marks heap classes with "__dict__" among their __slots__.
const flagHasDictSlot TypeFlags = 1 << 9

// newObject is object.__new__ for a plain class: an *Instance, or the builtin layout the
// class inherits.
func newObject(cls *Type) Value {
	inst := &Instance{Class: cls}
	if typeHasDict(cls) {
		inst.Dict = NewDict()
	}
	if n := slotCount(cls); n > 0 {
		inst.Slots = make([]Value, n)
	}
	return inst
}

// slotCount is the number of __slots__ entries along t's MRO.
func slotCount(t *Type) int {
	n := 0
	for _, c := range t.MRO {
		n += len(c.Slots)
	}
	return n
}

// excessArgs reports whether a call passed anything besides the receiver.
func excessArgs(args []Value) bool { return len(args) > 1 }

var objectNewB, objectInitB *Builtin

// objectHashB is object.__hash__, which Hash calls directly (no argument slice, no call).
var objectHashB *Builtin

func init() {
	t := ObjectType
	objectNewB = t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "object.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", typeNameOf(args[0]))
		}
		if excessArgs(args) {
			if cls.Lookup("__new__") != objectNewB {
				return nil, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			if cls.Lookup("__init__") == objectInitB {
				return nil, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		if cls.Solid != ObjectType {
			return nil, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Solid.Name)
		}
		if cls.Flags&FlagAbstract != 0 {
			return nil, abstractError(th, cls)
		}
		return newObject(cls), nil
	})
	objectInitB = t.AddMethod("__init__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "descriptor '__init__' of 'object' object needs an argument")
		}
		if excessArgs(args) {
			cls := args[0].Type()
			if cls.Lookup("__init__") != objectInitB {
				return nil, Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			if cls.Lookup("__new__") == objectNewB {
				return nil, Errorf(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", cls.Name)
			}
		}
		return None, nil
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__repr__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return Str(objectRepr(args[0])), nil
	})
	t.AddMethod("__str__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__str__", args, kwnames, 0); err != nil {
			return nil, err
		}
		s, err := Repr(th, args[0])
		return Str(s), err
	})
	objectHashB = t.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__hash__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return Int(hashPointer(ObjectID(args[0]))), nil
	})
	t.AddMethod("__format__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkArgRange("__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		spec, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", typeNameOf(args[1]))
		}
		if spec != "" {
			return nil, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", typeNameOf(args[0]))
		}
		s, err := ToStr(th, args[0])
		return Str(s), err
	})
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		switch op {
		case compile.CmpEQ:
			if Is(a, b) {
				return True, nil
			}
			return NotImplemented, nil
		case compile.CmpNE:
			m := a.Type().Lookup("__eq__")
			if m == nil {
				return NotImplemented, nil
			}
			r, err := callDunder(th, m, a, b)
			if err != nil || r == NotImplemented {
				return r, err
			}
			tr, err := Truth(th, r)
			if err != nil {
				return nil, err
			}
			return Bool(!tr), nil
		}
		return NotImplemented, nil
	})
	objectGetAttribute = t.AddMethod("__getattribute__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__getattribute__", args, kwnames, 1); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		obj := args[0]
		switch o := obj.(type) {
		case *Type:
			return typeGetAttr(th, o, name)
		case *Module:
			return moduleGetAttr(th, o, name)
		}
		return genericGetAttr(th, obj, obj.Type(), name, instanceDict(obj, false))
	})
	objectSetAttr = t.AddMethod("__setattr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__setattr__", args, kwnames, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if tt, ok := args[0].(*Type); ok {
			return None, typeSetAttr(th, tt, name, args[2])
		}
		return None, genericSetAttr(th, args[0], args[0].Type(), name, args[2])
	})
	objectDelAttr = t.AddMethod("__delattr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkSlotArgs("__delattr__", args, kwnames, 1); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if tt, ok := args[0].(*Type); ok {
			return None, typeSetAttr(th, tt, name, nil)
		}
		return None, genericSetAttr(th, args[0], args[0].Type(), name, nil)
	})
	t.AddMethod("__dir__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkNoArgs("object.__dir__", args, kwnames); err != nil {
			return nil, err
		}
		return objectDir(th, args[0])
	})
	t.AddMethod("__sizeof__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkNoArgs("object.__sizeof__", args, kwnames); err != nil {
			return nil, err
		}
		return Int(16 + 8*len(slotsOf(args[0]))), nil
	})
	t.AddMethod("__reduce_ex__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", typeNameOf(args[0]))
	})
	t.AddClassMethod("__init_subclass__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", args[0].(*Type).Name)
		}
		if len(args) > 1 {
			return nil, Errorf(TypeErrorType, "%s.__init_subclass__() takes no arguments (%d given)", args[0].(*Type).Name, len(args)-1)
		}
		return None, nil
	})
	t.AddClassMethod("__subclasshook__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return NotImplemented, nil
	})
	t.AddGetSet("__class__", func(th *Thread, self Value) (Value, error) {
		return self.Type(), nil
	}, func(th *Thread, self Value, v Value) error {
		if v == nil {
			return Errorf(TypeErrorType, "can't delete __class__ attribute")
		}
		nt, ok := v.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", typeNameOf(v))
		}
		switch o := self.(type) {
		case *Instance:
			if nt.Flags&FlagHeapType == 0 || o.Class.Flags&FlagHeapType == 0 {
				return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
			}
			if nt.Solid != o.Class.Solid || slotCount(nt) != slotCount(o.Class) || typeHasDict(nt) != typeHasDict(o.Class) {
				return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, o.Class.Name)
			}
			o.Class = nt
			return nil
		case *Exception:
			if nt.Flags&FlagHeapType == 0 || !nt.IsSubtype(BaseExceptionType) {
				return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, o.Class.Name)
			}
			o.Class = nt
			return nil
		}
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	})
	t.Dict.SetStr("__doc__", Str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"))
}

func slotsOf(v Value) []Value {
	if inst, ok := v.(*Instance); ok {
		return inst.Slots
	}
	return nil
}

// objectDir is object.__dir__: the instance dict's keys plus the attributes of the class and
// its bases.
func objectDir(th *Thread, obj Value) (Value, error) {
	seen := NewDict()
	if d := instanceDict(obj, false); d != nil {
		for _, k := range d.Keys() {
			if err := seen.Set(th, k, None); err != nil {
				return nil, err
			}
		}
	}
	var t *Type
	if tt, ok := obj.(*Type); ok {
		t = tt
	} else {
		t = obj.Type()
	}
	for _, c := range t.MRO {
		for _, k := range c.Dict.Keys() {
			if err := seen.Set(th, k, None); err != nil {
				return nil, err
			}
		}
	}
	if _, ok := obj.(*Type); ok {
		for _, c := range t.Type().MRO {
			_ = c
		}
	}
	return &List{Items: seen.Keys()}, nil
}

// abstractError is the TypeError for instantiating a class with abstract methods.
func abstractError(th *Thread, cls *Type) error {
	var names []string
	if am, ok := cls.Dict.GetStr("__abstractmethods__"); ok {
		if items, err := collect(th, am); err == nil {
			for _, it := range items {
				if s, ok := it.(Str); ok {
					names = append(names, string(s))
				}
			}
		}
	}
	sortStrings(names)
	switch len(names) {
	case 0:
		return Errorf(TypeErrorType, "Can't instantiate abstract class %s", cls.Name)
	case 1:
		return Errorf(TypeErrorType, "Can't instantiate abstract class %s without an implementation for abstract method '%s'", cls.Name, names[0])
	}
	s := ""
	for i, n := range names {
		if i > 0 {
			s += ", "
		}
		s += "'" + n + "'"
	}
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s without an implementation for abstract methods %s", cls.Name, s)
}
